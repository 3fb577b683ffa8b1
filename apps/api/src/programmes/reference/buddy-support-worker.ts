import type { ProgrammeDefinition } from './programme-definition';

/**
 * The reference Buddy Support Worker programme (BRIEF: the 14-module programme adapted
 * from the Care Certificate in the Devon prison cluster). Outcomes and criteria are in
 * our own words, set on a prison wing. Outcome text completes "The learner will …";
 * criterion text completes "The learner can …". Buddies give non-intimate support only.
 */
export const BUDDY_SUPPORT_WORKER: ProgrammeDefinition = {
  code: 'buddy-support-worker',
  title: 'Buddy Support Worker',
  versionLabel: '2024.1',
  summary:
    'Training for prisoners who give other prisoners non-intimate social care support on the wing: collecting meals, cleaning, pushing a wheelchair, help with forms and company.',
  modules: [
    {
      number: 1,
      title: 'Understanding your role and personal development',
      summary: 'What a buddy does, what a buddy never does, and how you keep learning.',
      outcomes: [
        {
          code: '1.1',
          text: 'Know what a buddy does on the wing and where the role stops.',
          criteria: [
            { code: '1.1.1', kind: 'knowledge', text: 'List the tasks a buddy may do, such as collecting meals from the servery, cleaning a cell, pushing a wheelchair, help with reading and forms, and keeping someone company.' },
            { code: '1.1.2', kind: 'knowledge', text: 'Explain why a buddy never gives intimate care (help with washing, using the toilet, eating, cleaning teeth or dressing intimate areas) and who gives that care instead.' },
          ],
        },
        {
          code: '1.2',
          text: 'Work within the agreed tasks and hours.',
          criteria: [
            { code: '1.2.1', kind: 'competence', text: 'Keep to the tasks and weekly hours agreed for each person they support, and tell the coordinator when they are asked to do more.', simulationAllowed: false },
            { code: '1.2.2', kind: 'competence', text: 'Say no politely when asked to do something outside the buddy role, and pass the request to an officer or the coordinator.', simulationAllowed: true },
          ],
        },
        {
          code: '1.3',
          text: 'Use supervision to reflect and keep learning.',
          criteria: [
            { code: '1.3.1', kind: 'knowledge', text: 'Explain what supervision is for and what they can bring to it, such as hours worked, wellbeing, worries and boundaries.' },
            { code: '1.3.2', kind: 'competence', text: 'Use a supervision session to say what has gone well, what has been hard and one thing they want to learn next.', simulationAllowed: false },
          ],
        },
      ],
    },
    {
      number: 2,
      title: 'Duty of care',
      summary: 'Your duty to help keep the person you support safe and well, and what to do when things go wrong.',
      outcomes: [
        {
          code: '2.1',
          text: 'Understand what a duty of care means for a buddy.',
          criteria: [
            { code: '2.1.1', kind: 'knowledge', text: 'Explain in their own words what a duty of care is and how it shapes the way a buddy helps someone.' },
            { code: '2.1.2', kind: 'knowledge', text: 'Give an example of when what a person wants could put them at risk, and explain why the buddy raises it with staff rather than deciding alone.' },
          ],
        },
        {
          code: '2.2',
          text: 'Respond well to complaints and mistakes.',
          criteria: [
            { code: '2.2.1', kind: 'knowledge', text: 'Explain how a prisoner can make a complaint, for example on a complaint form or by talking to an officer, and how a buddy can help them do it.' },
            { code: '2.2.2', kind: 'competence', text: 'Pass a complaint or worry from the person they support to the right member of staff, or help the person write it down.', simulationAllowed: false },
            { code: '2.2.3', kind: 'competence', text: 'Tell a member of staff straight away, and honestly, when they have made a mistake or something has gone wrong.', simulationAllowed: true },
          ],
        },
      ],
    },
    {
      number: 3,
      title: 'Equality and diversity',
      summary: 'Treat everyone fairly and with respect, whoever they are.',
      outcomes: [
        {
          code: '3.1',
          text: 'Understand equality, diversity and unfair treatment in prison.',
          criteria: [
            { code: '3.1.1', kind: 'knowledge', text: 'Explain what equality, diversity and discrimination mean, with examples from life on the wing.' },
            { code: '3.1.2', kind: 'knowledge', text: 'Name the groups protected by the Equality Act 2010 (such as age, disability, race, religion, sex and sexual orientation) and say how someone could be treated unfairly because of one.' },
            { code: '3.1.3', kind: 'knowledge', text: 'Explain how to report discrimination, for example by telling an officer or using a discrimination incident report form (DIRF).' },
          ],
        },
        {
          code: '3.2',
          text: 'Support people in a fair and inclusive way.',
          criteria: [
            { code: '3.2.1', kind: 'competence', text: 'Give the same respect and care to people of every faith, culture, age, gender, sexuality and ability.', simulationAllowed: false },
            { code: '3.2.2', kind: 'competence', text: 'Respond calmly to unfair or bullying remarks about the person they support, and report them to staff.', simulationAllowed: true },
          ],
        },
      ],
    },
    {
      number: 4,
      title: 'Work in a person-centred way',
      summary: 'Help each person in the way they want, and let them do what they can for themselves.',
      outcomes: [
        {
          code: '4.1',
          text: 'Understand what person-centred support means.',
          criteria: [
            { code: '4.1.1', kind: 'knowledge', text: "Explain why help should fit the person's own wishes, needs and routines, not what is quickest for the buddy." },
            { code: '4.1.2', kind: 'knowledge', text: 'Describe how to find out what help a person has been assessed to need, for example from the coordinator, and why a buddy does not go beyond it.' },
          ],
        },
        {
          code: '4.2',
          text: 'Support the person to make choices and stay independent.',
          criteria: [
            { code: '4.2.1', kind: 'competence', text: 'Ask the person how they want to be helped and offer real choices, for example about meals on the menu or when their cell is cleaned.', simulationAllowed: false },
            { code: '4.2.2', kind: 'competence', text: 'Encourage the person to do what they can for themselves, and only step in where help has been agreed.', simulationAllowed: false },
            { code: '4.2.3', kind: 'competence', text: 'Notice when the person seems in pain, unhappy or less able than before, and tell staff.', simulationAllowed: false },
          ],
        },
      ],
    },
    {
      number: 5,
      title: 'Communication and advocacy skills',
      summary: 'Listen well, speak clearly, and help people get their voice heard.',
      outcomes: [
        {
          code: '5.1',
          text: 'Understand how to communicate well with different people.',
          criteria: [
            { code: '5.1.1', kind: 'knowledge', text: 'Describe things that make talking and understanding harder, such as hearing or sight loss, English as a second language, autism, a learning disability or a noisy landing, and ways to help.' },
            { code: '5.1.2', kind: 'knowledge', text: "Explain what advocacy means and where a buddy's help stops, for example helping someone fill in an application but not making the choice for them." },
          ],
        },
        {
          code: '5.2',
          text: 'Communicate and speak up for others in practice.',
          criteria: [
            { code: '5.2.1', kind: 'competence', text: 'Use clear words and patience, and check back that the person has understood and been understood.', simulationAllowed: false },
            { code: '5.2.2', kind: 'competence', text: 'Help the person read or fill in an application, menu or form, writing what the person wants and reading it back to them.', simulationAllowed: false },
            { code: '5.2.3', kind: 'competence', text: 'Help the person raise a request or concern with staff, speaking for them only when the person agrees.', simulationAllowed: false },
          ],
        },
      ],
    },
    {
      number: 6,
      title: 'Privacy and dignity',
      summary: "Respect the person's privacy, space and right to choose.",
      outcomes: [
        {
          code: '6.1',
          text: 'Understand privacy and dignity where space is shared.',
          criteria: [
            { code: '6.1.1', kind: 'knowledge', text: 'Explain why privacy and dignity matter even in a shared cell or on a busy landing.' },
            { code: '6.1.2', kind: 'knowledge', text: 'Explain why a buddy leaves or waits outside when the person needs intimate care, and asks staff to give that care.' },
          ],
        },
        {
          code: '6.2',
          text: 'Protect privacy and dignity in practice.',
          criteria: [
            { code: '6.2.1', kind: 'competence', text: "Knock or ask before going into the person's cell, and respect their belongings and personal space.", simulationAllowed: false },
            { code: '6.2.2', kind: 'competence', text: 'Keep what the person tells them private from other prisoners, sharing it only with staff when there is a safety concern.', simulationAllowed: false },
            { code: '6.2.3', kind: 'competence', text: 'Let the person make their own choices about their day, such as what to eat, what to do and who to see.', simulationAllowed: false },
          ],
        },
      ],
    },
    {
      number: 7,
      title: 'Fluids and nutrition',
      summary: 'Help the person get enough to eat and drink, safely.',
      outcomes: [
        {
          code: '7.1',
          text: 'Understand why food and drink matter for health.',
          criteria: [
            { code: '7.1.1', kind: 'knowledge', text: 'Explain why enough water and a balanced diet matter, and signs that someone is not eating or drinking enough, such as tiredness, confusion, a dry mouth or meals left untouched.' },
            { code: '7.1.2', kind: 'knowledge', text: 'Describe special diets a person may need, for example for health, faith or an allergy, and why the servery must know about them.' },
            { code: '7.1.3', kind: 'knowledge', text: 'Explain why a buddy does not help a person to eat, and who to tell if the person struggles to eat or drink on their own.' },
          ],
        },
        {
          code: '7.2',
          text: 'Help with meals and drinks safely.',
          criteria: [
            { code: '7.2.1', kind: 'competence', text: 'Collect the right meal from the servery and bring it to the person while it is still hot, keeping to food hygiene rules.', simulationAllowed: false },
            { code: '7.2.2', kind: 'competence', text: 'Make sure the person has fresh drinking water within reach, and tell staff if they are not eating or drinking.', simulationAllowed: false },
            { code: '7.2.3', kind: 'competence', text: 'Raise the alarm at once if the person chokes or becomes unwell while eating or drinking.', simulationAllowed: true },
          ],
        },
      ],
    },
    {
      number: 8,
      title: 'Safeguarding adults, including self-harm',
      summary: 'Spot signs that someone is being hurt, bullied or may harm themselves, and tell staff straight away.',
      refresher: true,
      outcomes: [
        {
          code: '8.1',
          text: 'Understand abuse, exploitation and self-harm in prison.',
          criteria: [
            { code: '8.1.1', kind: 'knowledge', text: "Describe kinds of abuse and neglect that can happen in prison, such as bullying, threats, debt, taking someone's canteen or medication, and pressure to do favours." },
            { code: '8.1.2', kind: 'knowledge', text: 'Describe warning signs that someone may harm themselves or take their own life, and explain what an ACCT plan is for.' },
            { code: '8.1.3', kind: 'knowledge', text: 'Explain why a buddy cannot keep a safeguarding worry secret, even when asked to, and who to tell.' },
          ],
        },
        {
          code: '8.2',
          text: 'Act on safeguarding concerns.',
          criteria: [
            { code: '8.2.1', kind: 'competence', text: 'Respond when someone tells them about abuse or thoughts of self-harm: listen, stay calm, do not promise to keep it secret, and tell an officer or healthcare straight away.', simulationAllowed: true },
            { code: '8.2.2', kind: 'competence', text: 'Report a worry about the person they support, or about pressure put on themselves as a buddy, to the right member of staff the same day.', simulationAllowed: true },
          ],
        },
      ],
    },
    {
      number: 9,
      title: 'Health and safety',
      summary: 'Keep yourself and others safe on the wing, and know what to do in an emergency.',
      refresher: true,
      outcomes: [
        {
          code: '9.1',
          text: 'Understand the risks on the wing and the limits of the buddy role.',
          criteria: [
            { code: '9.1.1', kind: 'knowledge', text: 'Describe common risks on the landings and in cells, such as wet floors, trailing wires, clutter, stairs and sharp items, and how to report them.' },
            { code: '9.1.2', kind: 'knowledge', text: "Explain what a buddy must not do, such as lift a person, handle or give out someone's medication, or use equipment they have not been trained on." },
          ],
        },
        {
          code: '9.2',
          text: 'Work safely and respond to emergencies.',
          criteria: [
            { code: '9.2.1', kind: 'competence', text: 'Carry meal trays, cleaning buckets and other loads safely, and ask for help with anything too heavy.', simulationAllowed: false },
            { code: '9.2.2', kind: 'competence', text: 'Follow the fire and evacuation plan for their wing, including making sure staff know where a person with limited mobility is.', simulationAllowed: true },
            { code: '9.2.3', kind: 'competence', text: 'Respond to a fall or medical emergency by using the cell bell or calling the nearest officer, not moving the person unless they are in danger, and staying with them until help comes.', simulationAllowed: true },
          ],
        },
      ],
    },
    {
      number: 10,
      title: 'Handling information',
      summary: 'Keep what you know about people private, and know when you must tell staff.',
      refresher: true,
      outcomes: [
        {
          code: '10.1',
          text: 'Understand confidentiality and when it must be broken.',
          criteria: [
            { code: '10.1.1', kind: 'knowledge', text: "Explain why a person's health, care needs or offence must not be shared with other prisoners, including in letters and phone calls." },
            { code: '10.1.2', kind: 'knowledge', text: 'Explain when they must pass information on, such as a risk of harm to the person or others, and who to tell.' },
          ],
        },
        {
          code: '10.2',
          text: 'Handle information safely.',
          criteria: [
            { code: '10.2.1', kind: 'competence', text: "Keep any notes or forms about the person safe and out of sight, and hand them to staff or back to the person as agreed.", simulationAllowed: false },
            { code: '10.2.2', kind: 'competence', text: 'Tell staff what they have seen or done clearly and briefly, sticking to the facts.', simulationAllowed: false },
            { code: '10.2.3', kind: 'competence', text: 'Politely refuse when other prisoners ask about the person they support.', simulationAllowed: true },
          ],
        },
      ],
    },
    {
      number: 11,
      title: 'Cleaning and infection prevention and control',
      summary: 'Clean safely and stop germs spreading.',
      refresher: true,
      outcomes: [
        {
          code: '11.1',
          text: 'Understand how infection spreads and how to stop it.',
          criteria: [
            { code: '11.1.1', kind: 'knowledge', text: 'Explain how germs spread, for example by hands, surfaces, coughs and shared items, and why this matters more for older or unwell people.' },
            { code: '11.1.2', kind: 'knowledge', text: 'Explain why a buddy does not touch body fluids, used dressings or sharps, and asks staff to deal with them.' },
            { code: '11.1.3', kind: 'knowledge', text: 'Describe when to stay away from the person and tell healthcare, for example when the buddy has sickness, diarrhoea or a fever.' },
          ],
        },
        {
          code: '11.2',
          text: 'Clean and keep good hygiene in practice.',
          criteria: [
            { code: '11.2.1', kind: 'competence', text: 'Clean their own hands properly before and after helping and before handling food.', simulationAllowed: false },
            { code: '11.2.2', kind: 'competence', text: "Clean the person's cell, surfaces and things they touch often, using the right products, cloths and gloves, and put waste in the right bin.", simulationAllowed: false },
          ],
        },
      ],
    },
    {
      number: 12,
      title: 'Assisting someone in a wheelchair or using a stair lift',
      summary: 'Push a wheelchair and help with a stair lift safely and with respect.',
      outcomes: [
        {
          code: '12.1',
          text: 'Understand safe use of wheelchairs and stair lifts.',
          criteria: [
            { code: '12.1.1', kind: 'knowledge', text: "Describe the checks to make before pushing a wheelchair, such as brakes, tyres, footrests and the person's feet and arms being safe." },
            { code: '12.1.2', kind: 'knowledge', text: 'Explain why a buddy does not lift or move the person into or out of a wheelchair or stair lift, and who does this instead.' },
          ],
        },
        {
          code: '12.2',
          text: 'Help with getting around safely.',
          criteria: [
            { code: '12.2.1', kind: 'competence', text: 'Push a wheelchair safely along landings, through doors and gates, and on ramps, telling the person what is about to happen.', simulationAllowed: false },
            { code: '12.2.2', kind: 'competence', text: "Help the person use a stair lift safely, following its instructions and the person's wishes, and report any fault to staff.", simulationAllowed: false },
            { code: '12.2.3', kind: 'competence', text: 'Ask the person how they want to be helped and go at their pace, including where they want to stop or sit.', simulationAllowed: false },
          ],
        },
      ],
    },
    {
      number: 13,
      title: 'Awareness of mental health, dementia and learning disability',
      summary: 'Learn about mental health, dementia, learning disability and autism, and how to support people kindly.',
      outcomes: [
        {
          code: '13.1',
          text: 'Understand these conditions and how they can affect life in prison.',
          criteria: [
            { code: '13.1.1', kind: 'knowledge', text: 'Describe common mental health problems, such as depression, anxiety and psychosis, and how prison life can affect them.' },
            { code: '13.1.2', kind: 'knowledge', text: 'Explain what dementia is and early signs to report, such as forgetting things, getting lost on the wing or mixing up days.' },
            { code: '13.1.3', kind: 'knowledge', text: 'Explain what a learning disability and autism are, and how each can make prison rules and routines harder.' },
          ],
        },
        {
          code: '13.2',
          text: 'Support people with these needs.',
          criteria: [
            { code: '13.2.1', kind: 'competence', text: 'Change how they talk and help to suit the person, for example with short sentences, one step at a time and a steady routine.', simulationAllowed: false },
            { code: '13.2.2', kind: 'competence', text: "Stay calm and patient when the person is upset, and tell staff when their mood, memory or behaviour changes.", simulationAllowed: false },
          ],
        },
      ],
    },
    {
      number: 14,
      title: 'Health and healthy ageing',
      summary: 'Help people stay well as they get older, and notice when they need more help.',
      outcomes: [
        {
          code: '14.1',
          text: 'Understand health needs and ageing in prison.',
          criteria: [
            { code: '14.1.1', kind: 'knowledge', text: 'Describe common health needs of older prisoners, such as poor hearing or sight, falls, pain, diabetes and heart problems.' },
            { code: '14.1.2', kind: 'knowledge', text: 'Explain how a person can get help from healthcare, the social care team or the chaplaincy, and how a buddy can help them ask.' },
            { code: '14.1.3', kind: 'knowledge', text: "Explain how supporting others can affect a buddy's own health and wellbeing, and where they can get support." },
          ],
        },
        {
          code: '14.2',
          text: 'Encourage healthy living and report changes.',
          criteria: [
            { code: '14.2.1', kind: 'competence', text: 'Encourage the person to keep active if they want to, for example by going to exercise, association, activities or the library.', simulationAllowed: false },
            { code: '14.2.2', kind: 'competence', text: "Notice and tell staff when the person's health seems to be getting worse, such as a new fall, weight loss, more confusion or not leaving their cell.", simulationAllowed: false },
          ],
        },
      ],
    },
  ],
};
