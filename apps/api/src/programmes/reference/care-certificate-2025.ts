import type { ProgrammeDefinition } from './programme-definition';

/**
 * The 16 standards of the Care Certificate (2025) as a second reference programme, to
 * prove that schemes can adopt a new programme or version while buddies keep the one
 * they trained on. Standard titles follow the Care Certificate; outcomes and criteria
 * are in our own words, for a general care setting. Outcome text completes "The
 * learner will …"; criterion text completes "The learner can …".
 */
export const CARE_CERTIFICATE_2025: ProgrammeDefinition = {
  code: 'care-certificate',
  title: 'Care Certificate',
  versionLabel: '2025',
  summary: 'The 16 standards of the national Care Certificate for people new to health and social care work.',
  modules: [
    {
      number: 1,
      title: 'Understand your role',
      summary: 'What your job is, where it stops, and how you work with others.',
      outcomes: [
        {
          code: '1.1',
          text: 'Understand their role and work within it alongside others.',
          criteria: [
            { code: '1.1.1', kind: 'knowledge', text: 'Describe the main duties of their role and the tasks that are outside it.' },
            { code: '1.1.2', kind: 'knowledge', text: 'Explain why agreed ways of working, such as policies and procedures, must be followed and where to find them.' },
            { code: '1.1.3', kind: 'competence', text: 'Carry out their work in line with their job description and agreed ways of working.', simulationAllowed: false },
            { code: '1.1.4', kind: 'competence', text: 'Work together with colleagues, other professionals and the people the person chooses to involve in their care.', simulationAllowed: false },
          ],
        },
      ],
    },
    {
      number: 2,
      title: 'Your personal development',
      summary: 'How you plan your learning and get better at your work.',
      outcomes: [
        {
          code: '2.1',
          text: 'Plan, review and reflect on their own learning and development.',
          criteria: [
            { code: '2.1.1', kind: 'knowledge', text: 'Explain how a personal development plan is agreed, who is involved and how often it is reviewed.' },
            { code: '2.1.2', kind: 'knowledge', text: 'Describe sources of support for their learning, such as supervision, appraisal, training courses and experienced colleagues.' },
            { code: '2.1.3', kind: 'competence', text: 'Take part in agreeing and reviewing their own development plan.', simulationAllowed: false },
            { code: '2.1.4', kind: 'competence', text: 'Look back on a piece of their own work, ask for feedback and use it to improve.', simulationAllowed: false },
          ],
        },
      ],
    },
    {
      number: 3,
      title: 'Duty of care',
      summary: 'Your duty to keep people safe, and what to do when things go wrong.',
      outcomes: [
        {
          code: '3.1',
          text: 'Understand duty of care and the dilemmas it can raise.',
          criteria: [
            { code: '3.1.1', kind: 'knowledge', text: 'Explain what a duty of care means in their day-to-day work.' },
            { code: '3.1.2', kind: 'knowledge', text: "Describe a situation where a person's wishes and their safety pull in different directions, and where to get advice." },
          ],
        },
        {
          code: '3.2',
          text: 'Deal with complaints, incidents and difficult situations.',
          criteria: [
            { code: '3.2.1', kind: 'knowledge', text: 'Describe how to respond to a complaint and how the complaints procedure works.' },
            { code: '3.2.2', kind: 'competence', text: 'Report an incident, error or near miss promptly and openly, in line with the duty of candour.', simulationAllowed: true },
            { code: '3.2.3', kind: 'competence', text: 'Respond calmly to a confrontation, using agreed approaches to lower the tension and the risk.', simulationAllowed: true },
          ],
        },
      ],
    },
    {
      number: 4,
      title: 'Equality, diversity, inclusion and human rights',
      summary: 'Treat people fairly, include everyone and respect their rights.',
      outcomes: [
        {
          code: '4.1',
          text: 'Understand equality, diversity, inclusion and human rights in care.',
          criteria: [
            { code: '4.1.1', kind: 'knowledge', text: 'Explain what equality, diversity, inclusion and discrimination mean in a care setting.' },
            { code: '4.1.2', kind: 'knowledge', text: 'Outline how the Equality Act 2010 and the Human Rights Act 1998 apply to their work.' },
          ],
        },
        {
          code: '4.2',
          text: 'Work in an inclusive way that respects rights.',
          criteria: [
            { code: '4.2.1', kind: 'competence', text: "Support people in a way that respects their beliefs, culture, values and preferences.", simulationAllowed: false },
            { code: '4.2.2', kind: 'competence', text: 'Challenge discrimination safely and report it in line with agreed ways of working.', simulationAllowed: true },
          ],
        },
      ],
    },
    {
      number: 5,
      title: 'Work in a person-centred way',
      summary: 'Put the person at the centre of their own care.',
      outcomes: [
        {
          code: '5.1',
          text: 'Understand person-centred values and care planning.',
          criteria: [
            { code: '5.1.1', kind: 'knowledge', text: 'Explain person-centred values such as choice, dignity, independence, respect and partnership.' },
            { code: '5.1.2', kind: 'knowledge', text: "Explain how a care plan records a person's needs, wishes and preferences, and why it must be followed." },
          ],
        },
        {
          code: '5.2',
          text: 'Put person-centred values into practice.',
          criteria: [
            { code: '5.2.1', kind: 'competence', text: 'Support a person to make choices about their care and to take an active part in it.', simulationAllowed: false },
            { code: '5.2.2', kind: 'competence', text: 'Notice and respond to signs of pain, discomfort or distress, and report changes in wellbeing.', simulationAllowed: false },
          ],
        },
      ],
    },
    {
      number: 6,
      title: 'Communication',
      summary: 'Communicate clearly and in the way each person needs.',
      outcomes: [
        {
          code: '6.1',
          text: 'Understand how communication affects care.',
          criteria: [
            { code: '6.1.1', kind: 'knowledge', text: 'Explain why good communication matters in care, and barriers such as sensory loss, language, noise or distress.' },
            { code: '6.1.2', kind: 'knowledge', text: "Describe how to find out a person's communication needs and where to get help, such as interpreters or speech and language services." },
          ],
        },
        {
          code: '6.2',
          text: 'Communicate effectively with people.',
          criteria: [
            { code: '6.2.1', kind: 'competence', text: 'Use spoken and non-verbal communication suited to the person, and check that they have understood.', simulationAllowed: false },
            { code: '6.2.2', kind: 'competence', text: 'Reduce barriers by using aids and formats such as hearing aids, glasses, pictures or easy-read materials.', simulationAllowed: false },
          ],
        },
      ],
    },
    {
      number: 7,
      title: 'Privacy and dignity',
      summary: "Respect each person's privacy, dignity and right to choose.",
      outcomes: [
        {
          code: '7.1',
          text: 'Understand privacy and dignity and how to protect them.',
          criteria: [
            { code: '7.1.1', kind: 'knowledge', text: 'Explain the difference between privacy and dignity and why both matter.' },
            { code: '7.1.2', kind: 'knowledge', text: "Describe situations where a person's privacy may be at risk and how to protect it." },
            { code: '7.1.3', kind: 'competence', text: "Protect a person's privacy and dignity during care, for example by closing doors, knocking before entering and asking before touching.", simulationAllowed: false },
            { code: '7.1.4', kind: 'competence', text: "Respect a person's right to express their wishes and to refuse support.", simulationAllowed: false },
          ],
        },
      ],
    },
    {
      number: 8,
      title: 'Fluids and nutrition',
      summary: 'Support people to eat and drink well and safely.',
      outcomes: [
        {
          code: '8.1',
          text: 'Understand healthy eating, hydration and food safety.',
          criteria: [
            { code: '8.1.1', kind: 'knowledge', text: 'Explain what a balanced diet and good hydration are, and why they matter for health.' },
            { code: '8.1.2', kind: 'knowledge', text: 'Describe signs of dehydration and poor nutrition, and how to report them.' },
            { code: '8.1.3', kind: 'knowledge', text: 'Explain food safety, including allergies and special diets.' },
          ],
        },
        {
          code: '8.2',
          text: 'Support people with food and drink.',
          criteria: [
            { code: '8.2.1', kind: 'competence', text: "Support a person to have food and drink in line with their care plan, preferences and any special diet.", simulationAllowed: false },
            { code: '8.2.2', kind: 'competence', text: 'Prepare and handle food and drink hygienically.', simulationAllowed: false },
          ],
        },
      ],
    },
    {
      number: 9,
      title: 'Awareness of mental health, dementia and learning disability',
      summary: 'Understand mental health conditions, dementia and learning disability, and how to help.',
      outcomes: [
        {
          code: '9.1',
          text: 'Understand the needs of people with mental health conditions, dementia or a learning disability.',
          criteria: [
            { code: '9.1.1', kind: 'knowledge', text: 'Describe how mental health conditions, dementia and learning disability can affect daily life.' },
            { code: '9.1.2', kind: 'knowledge', text: 'Explain why changes in mood, memory or behaviour should be noticed early and reported.' },
            { code: '9.1.3', kind: 'knowledge', text: 'Outline the main ideas of the Mental Capacity Act 2005, including assuming that a person has capacity.' },
            { code: '9.1.4', kind: 'competence', text: 'Adjust their approach to suit a person living with a mental health condition, dementia or a learning disability.', simulationAllowed: false },
          ],
        },
      ],
    },
    {
      number: 10,
      title: 'Safeguarding adults',
      summary: 'Recognise abuse and neglect of adults and report it.',
      refresher: true,
      outcomes: [
        {
          code: '10.1',
          text: 'Understand abuse, neglect and their own safeguarding duties.',
          criteria: [
            { code: '10.1.1', kind: 'knowledge', text: 'Describe types of abuse and neglect and signs that an adult may be at risk.' },
            { code: '10.1.2', kind: 'knowledge', text: 'Explain their duties under local safeguarding procedures and who to report to.' },
          ],
        },
        {
          code: '10.2',
          text: 'Act on safeguarding concerns.',
          criteria: [
            { code: '10.2.1', kind: 'competence', text: 'Respond to a disclosure of abuse: listen, reassure, do not promise secrecy, and report it.', simulationAllowed: true },
            { code: '10.2.2', kind: 'competence', text: 'Raise concerns about unsafe practice, including by whistleblowing when needed.', simulationAllowed: true },
          ],
        },
      ],
    },
    {
      number: 11,
      title: 'Safeguarding children',
      summary: 'Know what to do if you are worried about a child.',
      outcomes: [
        {
          code: '11.1',
          text: 'Recognise and report concerns about children and young people.',
          criteria: [
            { code: '11.1.1', kind: 'knowledge', text: 'Describe signs that a child or young person may be being harmed.' },
            { code: '11.1.2', kind: 'knowledge', text: 'Explain who to tell about a concern for a child, even when the child is not someone they support.' },
            { code: '11.1.3', kind: 'competence', text: 'Respond to a concern or disclosure about a child by recording and reporting it as agreed procedures require.', simulationAllowed: true },
          ],
        },
      ],
    },
    {
      number: 12,
      title: 'Basic life support',
      summary: 'Know how to help someone whose heart or breathing has stopped.',
      outcomes: [
        {
          code: '12.1',
          text: 'Give basic life support in an emergency.',
          criteria: [
            { code: '12.1.1', kind: 'knowledge', text: 'Explain how to check for danger and response, and when and how to call for emergency help.' },
            { code: '12.1.2', kind: 'competence', text: 'Carry out basic life support for an adult, following current Resuscitation Council UK guidance.', simulationAllowed: true },
            { code: '12.1.3', kind: 'competence', text: 'Use an automated external defibrillator (AED) where one is available.', simulationAllowed: true },
          ],
        },
      ],
    },
    {
      number: 13,
      title: 'Health and safety',
      summary: 'Keep yourself and others safe at work.',
      refresher: true,
      outcomes: [
        {
          code: '13.1',
          text: 'Understand health and safety duties and hazards.',
          criteria: [
            { code: '13.1.1', kind: 'knowledge', text: "Outline their own and their employer's health and safety responsibilities." },
            { code: '13.1.2', kind: 'knowledge', text: 'Describe how to store and use hazardous substances safely and how to report hazards.' },
          ],
        },
        {
          code: '13.2',
          text: 'Work safely and respond to emergencies.',
          criteria: [
            { code: '13.2.1', kind: 'competence', text: 'Move and position people, and handle objects, safely with agreed techniques and equipment.', simulationAllowed: false },
            { code: '13.2.2', kind: 'competence', text: 'Follow the fire safety and evacuation procedure.', simulationAllowed: true },
            { code: '13.2.3', kind: 'competence', text: 'Respond to an accident or sudden illness by getting help and following agreed procedures.', simulationAllowed: true },
          ],
        },
      ],
    },
    {
      number: 14,
      title: 'Handling information',
      summary: 'Keep records accurate and personal information safe.',
      refresher: true,
      outcomes: [
        {
          code: '14.1',
          text: 'Handle information securely and accurately.',
          criteria: [
            { code: '14.1.1', kind: 'knowledge', text: 'Explain why personal information must be handled securely, and the laws that apply, such as UK GDPR and the Data Protection Act 2018.' },
            { code: '14.1.2', kind: 'knowledge', text: 'Describe how to report a concern that information has been shared or stored wrongly.' },
            { code: '14.1.3', kind: 'competence', text: 'Keep records that are accurate, clear, up to date and stored securely.', simulationAllowed: false },
            { code: '14.1.4', kind: 'competence', text: 'Share personal information only with people who need it and are allowed to see it.', simulationAllowed: false },
          ],
        },
      ],
    },
    {
      number: 15,
      title: 'Infection prevention and control',
      summary: 'Stop infections spreading.',
      refresher: true,
      outcomes: [
        {
          code: '15.1',
          text: 'Understand how infection spreads and their part in preventing it.',
          criteria: [
            { code: '15.1.1', kind: 'knowledge', text: 'Explain how infections spread and the main ways to prevent this.' },
            { code: '15.1.2', kind: 'knowledge', text: 'Explain their own part in preventing infection, including staying away from work when they may be infectious.' },
          ],
        },
        {
          code: '15.2',
          text: 'Use infection prevention and control practices.',
          criteria: [
            { code: '15.2.1', kind: 'competence', text: 'Clean their hands effectively at the right times.', simulationAllowed: false },
            { code: '15.2.2', kind: 'competence', text: 'Choose, use and dispose of personal protective equipment correctly.', simulationAllowed: false },
            { code: '15.2.3', kind: 'competence', text: 'Handle and dispose of waste and soiled linen safely.', simulationAllowed: false },
          ],
        },
      ],
    },
    {
      number: 16,
      title: 'Awareness of learning disability and autism',
      summary: 'Understand learning disability and autism, and make care work for each person.',
      outcomes: [
        {
          code: '16.1',
          text: 'Understand learning disability and autism and the adjustments people may need.',
          criteria: [
            { code: '16.1.1', kind: 'knowledge', text: 'Explain what a learning disability is and what autism is, and how they differ.' },
            { code: '16.1.2', kind: 'knowledge', text: 'Describe reasonable adjustments that give autistic people and people with a learning disability fair access to care and services.' },
            { code: '16.1.3', kind: 'knowledge', text: "Explain how assumptions, and putting symptoms down to a person's disability, can lead to poor care." },
            { code: '16.1.4', kind: 'competence', text: 'Adapt their communication and the environment to meet the needs of an autistic person or a person with a learning disability.', simulationAllowed: false },
          ],
        },
      ],
    },
  ],
};
