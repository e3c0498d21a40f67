/** The guide's sections, in the order the views list them. Add a section file here to publish it. */
import type { Section } from '../types';
import { afterSomethingWentWrong } from './after-something-went-wrong';
import { aftercare } from './aftercare';
import { consent } from './consent';
import { firstAid } from './first-aid';
import { getHelp } from './get-help';
import { keepPrivateSection } from './keep-private';
import { meeting } from './meeting';
import { playingSafer } from './playing-safer';
import { redFlags } from './red-flags';
import { reflecting } from './reflecting';
import { restraint } from './restraint';
import { safeWords } from './safe-words';
import { stiPrevention } from './sti-prevention';
import { substances } from './substances';
import { talking } from './talking';

export const sections: readonly Section[] = [
  consent,
  talking,
  safeWords,
  playingSafer,
  restraint,
  meeting,
  redFlags,
  substances,
  stiPrevention,
  aftercare,
  firstAid,
  afterSomethingWentWrong,
  reflecting,
  getHelp,
  keepPrivateSection,
];
