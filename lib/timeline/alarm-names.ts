/**
 * The timeline's alarm names, `timeline-<hours>`: the hour its windows end, and nothing that says
 * what they are for. Its own file, so the worker's reminder code loads no guidance with it.
 */
export const TIMELINE_ALARM_PREFIX = 'timeline-';
export const isTimelineAlarm = (name: string) => name.startsWith(TIMELINE_ALARM_PREFIX);
export const timelineAlarm = (hours: number) => `${TIMELINE_ALARM_PREFIX}${hours}`;
