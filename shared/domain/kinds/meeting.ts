import { z } from 'zod';
import { Count, Text } from '../primitives';
import { activityFormText as f, activityKindText as k } from '../../strings/activities';
import { defineKind, joinParts, indicator, reportUnits as u } from './spec';

export const MEETING_KINDS = ['hoiNghi', 'hoiThao', 'toaDam', 'tapHuan'] as const;

export const MeetingDetails = z
  .object({
    kind: z.literal('meeting'),
    meetingKind: z.enum(MEETING_KINDS),
    venue: Text(300).default(''),
    attendees: Count,
    attendeeGroups: Text(500).default(''),
    chairedBy: Text(200).default(''),
  })
  .strict();

export const meeting = defineKind({
  schema: MeetingDetails,
  label: 'Hội nghị, hội thảo, tập huấn',
  shortLabel: 'Hội nghị, hội thảo, tập huấn',
  columnLabel: 'Hội nghị',
  rank: 2,
  online: false,
  color: '#2b8a3e',
  defaults: { kind: 'meeting', meetingKind: 'hoiNghi', venue: '', attendees: 0, attendeeGroups: '', chairedBy: '' },
  bounds: { attendees: 100_000 },
  fields: [
    { key: 'meetingKind', input: 'select', label: f.meetingKind, options: MEETING_KINDS, optionLabels: k.meetingKind },
    { key: 'venue', input: 'text', label: f.venue },
    { key: 'attendees', input: 'number', label: f.attendees },
    { key: 'attendeeGroups', input: 'text', label: f.attendeeGroups },
    { key: 'chairedBy', input: 'text', label: f.chairedBy },
  ],
  carryOver: ['venue', 'attendeeGroups'],
  series: false,
  indicators: [
    indicator('meeting.hoiNghi', 'hoiNghi', 'n', u.meeting),
    indicator('meeting.hoiThao', 'hoiThao', 'n', u.meeting),
    indicator('meeting.toaDam', 'toaDam', 'n', u.meeting),
    indicator('meeting.tapHuan', 'tapHuan', 'n', u.meeting),
    indicator('meeting.attendees', null, 'q', u.person),
  ],
  reportSub: 'meetingKind',
  quantity: (d) => d.attendees,
  detailText: (d) => joinParts([k.meetingKind[d.meetingKind], d.venue, d.attendeeGroups, d.chairedBy && `chủ trì: ${d.chairedBy}`]),
  searchText: (d) => [d.venue, d.attendeeGroups, d.chairedBy],
  subKind: { field: 'meetingKind', labels: k.meetingKind },
  importQuantity: 'count',
  fromImport: (v) => ({ kind: 'meeting', meetingKind: v.subKind, attendees: v.quantity ?? 0, venue: v.place }),
});
