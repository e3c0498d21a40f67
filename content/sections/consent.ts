import type { Section } from '../types';

export const consent: Section = {
  id: 'consent',
  title: 'What consent is',
  blurb: 'A free, clear yes, for each thing, every time',
  tips: [
    {
      id: 'enthusiastic-yes',
      title: 'Look for a clear yes',
      summary:
        'Consent is an eager, willing yes, not simply the lack of a no. Saying yes out loud leaves less room for mix-ups than body language alone.',
      body: [
        'Consent means agreeing to take part. What you are looking for is real enthusiasm: someone who wants this, rather than someone who has not objected.',
        'People do show what they like with their bodies, but spoken words are clearer. Asking and answering out loud takes seconds and removes guesswork for both of you.',
      ],
      tags: ['general', 'messaging'],
      source: 'article',
    },
    {
      id: 'consent-each-step',
      title: 'Agree to each thing, not everything',
      summary:
        'A yes to one activity is not a yes to all of them. Before you turn things up, ask whether it is OK and wait for a spoken yes.',
      body: [
        'With more intense play it matters even more that consent covers particular acts. Agreeing to one thing does not stretch to cover the next.',
        'A simple “Is this OK?” before you go further, and a clear yes in reply, keeps you both on the same page.',
      ],
      tags: ['general', 'messaging', 'event'],
      source: 'article',
    },
    {
      id: 'consent-ongoing',
      title: 'Anyone can change their mind',
      summary:
        'Consent can be taken back at any moment, and having done something before is no promise to do it again.',
      body: [
        'Make it plain, before and during, that slowing down or stopping is always fine. Nobody owes anyone the rest of a scene.',
        'Something you enjoyed last time may not feel right today. Each time is its own decision.',
      ],
      tags: ['general', 'event'],
      source: 'article',
    },
    {
      id: 'cannot-consent',
      title: 'When a yes does not count',
      summary:
        'Someone cannot consent if they are under age, drunk or high, asleep or passed out, being threatened or pressured, or under someone with power over them.',
      body: [
        'Laws differ from place to place, but in general a person is not able to give consent when they are under the age of consent, affected by alcohol or drugs, unconscious or asleep, or being intimidated or threatened.',
        'An uneven balance of power, such as between a teacher and their student, also means a yes cannot be freely given.',
      ],
      tags: ['general', 'meeting', 'event'],
      source: 'article',
    },
    {
      id: 'consent-not-assumed',
      title: 'Rough is never a reason to assume',
      summary:
        'Words like “forceful” or “rough” describe what people agree to, not a licence to skip asking. Without full consent it is assault, a serious crime.',
      body: [
        'Some people describe the play they enjoy with words that sound aggressive. That never replaces asking, and consent is never taken for granted.',
        'When everyone involved is not fully and willingly agreeing, it is not rough play at all: it is assault.',
      ],
      tags: ['general', 'profile', 'messaging'],
      source: 'article',
    },
  ],
};
