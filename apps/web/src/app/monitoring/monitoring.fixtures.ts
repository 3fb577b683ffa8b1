import type { MonitoringDashboard } from '@peerpath/contracts';

/* A realistic dashboard for the monitoring specs (not imported by the app): the Devon cluster over a year. */

const devon = { clusterCode: 'devon', clusterName: 'Devon' };

export const DEVON_DASHBOARD: MonitoringDashboard = {
  scope: {
    value: 'cluster:devon',
    label: 'Devon cluster',
    prisons: [
      { code: 'EXI', name: 'HMP Exeter', ...devon },
      { code: 'DAI', name: 'HMP Dartmoor', ...devon },
      { code: 'CWI', name: 'HMP Channings Wood', ...devon },
    ],
  },
  scopes: [
    { value: 'cluster:devon', label: 'Devon cluster' },
    { value: 'prison:CWI', label: 'HMP Channings Wood' },
    { value: 'prison:DAI', label: 'HMP Dartmoor' },
    { value: 'prison:EXI', label: 'HMP Exeter' },
  ],
  period: { from: '2025-12-02', to: '2026-12-01' },
  previous: { from: '2024-12-02', to: '2025-12-01' },
  today: '2026-12-01',
  groups: [
    {
      key: 'buddies',
      title: 'Buddies',
      figures: [
        { key: 'buddies.applied', label: 'Applications', definition: 'People who applied to be a buddy in the period.', unit: 'count', value: 15, previous: 12 },
        { key: 'buddies.certified', label: 'Buddies certified', definition: 'Certificates issued in the period, renewals not counted.', unit: 'count', value: 9, previous: 9 },
        { key: 'buddies.active', label: 'Active buddies today', definition: 'Certified buddies with a current certificate on the day counted.', unit: 'count', value: 11, previous: null },
      ],
      tables: [
        {
          key: 'buddies.funnel',
          title: 'From application to allocation',
          definition: 'How many of the people who applied in the period reached each stage by the end of it.',
          columns: [
            { key: 'stage', label: 'Stage' },
            { key: 'people', label: 'People', unit: 'count' },
          ],
          rows: [
            { stage: 'Applied', people: 15 },
            { stage: 'Selected', people: 12 },
            { stage: 'Trained', people: 10 },
            { stage: 'Certified', people: 9 },
            { stage: 'Allocated', people: 7 },
          ],
          chart: { kind: 'bar', category: 'stage', series: ['people'], summary: 'Of 15 people who applied, 12 were selected, 10 trained, 9 certified and 7 allocated.' },
        },
      ],
    },
    {
      key: 'supervision',
      title: 'Supervision',
      figures: [
        { key: 'supervision.held', label: 'Supervision sessions held', definition: 'One-to-one supervision sessions recorded in the period.', unit: 'count', value: 48, previous: 51 },
        { key: 'supervision.onTime', label: 'Supervision on time', definition: 'Sessions held on or before the day they were due, as a share of sessions held.', unit: 'percent', value: 87.5, previous: 80 },
        { key: 'supervision.medianGap', label: 'Median days between sessions', definition: 'The middle number of days between one supervision and the next.', unit: 'days', value: 27, previous: 29 },
        { key: 'supervision.wellbeing', label: 'Average wellbeing', definition: 'The mean of the wellbeing buddies gave at supervision, from 1 (poor) to 5 (very good).', unit: 'score', value: 3.84, previous: 3.6 },
      ],
      tables: [
        {
          key: 'supervision.monthly',
          title: 'Supervision sessions by month',
          definition: 'Sessions held and sessions due in each month of the period.',
          columns: [
            { key: 'month', label: 'Month' },
            { key: 'held', label: 'Held', unit: 'count' },
            { key: 'due', label: 'Due', unit: 'count' },
          ],
          rows: [
            { month: 'December 2025', held: 3, due: 4 },
            { month: 'January 2026', held: 4, due: 4 },
            { month: 'February 2026', held: 5, due: 5 },
            { month: 'March 2026', held: null, due: 3 },
            { month: 'April 2026', held: 4, due: 4 },
            { month: 'May 2026', held: 6, due: 5 },
          ],
          chart: { kind: 'line', category: 'month', series: ['held', 'due'], summary: 'Sessions held kept close to sessions due in most months.' },
        },
        {
          key: 'supervision.overdue',
          title: 'Overdue for supervision today',
          definition: 'Buddies whose next supervision was due before the day counted, by prison.',
          columns: [
            { key: 'prison', label: 'Prison' },
            { key: 'overdue', label: 'Overdue', unit: 'count' },
          ],
          rows: [
            { prison: 'HMP Exeter', overdue: 2 },
            { prison: 'HMP Dartmoor', overdue: 0 },
            { prison: 'HMP Channings Wood', overdue: 1 },
          ],
        },
      ],
    },
    {
      key: 'cost',
      title: 'Staff time and cost',
      figures: [
        { key: 'cost.staffHours', label: 'Staff hours on the scheme', definition: 'Hours staff spent training and supervising buddies.', unit: 'hours', value: 212.25, previous: 198 },
        { key: 'cost.staffCost', label: 'Staff cost', definition: 'Staff hours at each prison’s cost per hour.', unit: 'pounds', value: 6543.5, previous: null },
      ],
      tables: [],
    },
  ],
  comparison: {
    key: 'comparison',
    title: 'Prisons compared',
    definition: 'The key figures for each prison in the Devon cluster over the period.',
    columns: [
      { key: 'prison', label: 'Prison' },
      { key: 'activeBuddies', label: 'Active buddies', unit: 'count' },
      { key: 'supervisionOnTime', label: 'Supervision on time', unit: 'percent' },
      { key: 'wellbeing', label: 'Average wellbeing', unit: 'score' },
    ],
    rows: [
      { prison: 'HMP Exeter', activeBuddies: 6, supervisionOnTime: 91.7, wellbeing: 3.9 },
      { prison: 'HMP Dartmoor', activeBuddies: 3, supervisionOnTime: 75, wellbeing: null },
      { prison: 'HMP Channings Wood', activeBuddies: 2, supervisionOnTime: 100, wellbeing: 3.5 },
    ],
  },
};
