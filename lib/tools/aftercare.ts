/**
 * The aftercare plan and first-aid kit checklist: what each person needs afterwards, and which kit
 * items are ready. Pure, so the rules are unit-tested; the view only calls these.
 */
import { firstAidKit } from '@/content';
import { type Result, tidyText } from '@/lib/checks';
import { LABEL_MAX, LIST_MAX } from '@/lib/limits';

export interface KitItem {
  id: string;
  label: string;
}

export interface AftercarePlan {
  /** What the user needs afterwards, in their own words. */
  forMe: string;
  /** What their partner said they need. */
  forPartner: string;
  /** Ids of kit items (the guide's and the user's own) that are ready. */
  kitReady: string[];
  /** Items the user added to the kit. */
  ownKit: KitItem[];
}

/** What each person needs afterwards, named alike in the form and on paper. */
export const NEED_LABELS = {
  forMe: 'What I need afterwards',
  forPartner: 'What my partner needs afterwards',
} as const satisfies Record<'forMe' | 'forPartner', string>;

/** The plan on paper: what each person needs, as [label, value] rows. */
export function planRows(plan: AftercarePlan): [label: string, value: string][] {
  return [
    [NEED_LABELS.forMe, plan.forMe],
    [NEED_LABELS.forPartner, plan.forPartner],
  ];
}

/** The kit on paper: every item, the user's own last, with whether it is ready, in words. */
export function kitRows(plan: AftercarePlan): [label: string, value: string][] {
  return kitItems(plan).map((item) => [item.label, plan.kitReady.includes(item.id) ? 'Ready' : 'Not ready']);
}

/** The whole kit as shown: the guide's items first, then the user's in the order they added them. */
export function kitItems(plan: AftercarePlan): KitItem[] {
  return [...firstAidKit.map(({ id, label }) => ({ id, label })), ...plan.ownKit];
}

export function addKitItem(plan: AftercarePlan, input: string, id: string): Result<{ plan: AftercarePlan }> {
  const label = tidyText(input);
  if (!label) return { ok: false, error: 'Type the item to add first.' };
  if (label.length > LABEL_MAX) return { ok: false, error: `Keep it under ${LABEL_MAX} characters.` };
  if (plan.ownKit.length >= LIST_MAX) return { ok: false, error: 'The kit list is full.' };
  const same = (item: KitItem) => item.label.toLowerCase() === label.toLowerCase();
  if (kitItems(plan).some(same)) return { ok: false, error: `“${label}” is already on the list.` };
  return { ok: true, plan: { ...plan, ownKit: [...plan.ownKit, { id, label }] } };
}

export function removeKitItem(plan: AftercarePlan, id: string): AftercarePlan {
  return {
    ...plan,
    ownKit: plan.ownKit.filter((item) => item.id !== id),
    kitReady: plan.kitReady.filter((ready) => ready !== id),
  };
}

export function setKitReady(plan: AftercarePlan, id: string, ready: boolean): AftercarePlan {
  const others = plan.kitReady.filter((item) => item !== id);
  return { ...plan, kitReady: ready ? [...others, id] : others };
}
