/** Every `odigos` command. Adding one: a new file in this folder and one line here. */
import type { Command } from '../command';
import { build } from './build';
import { cues } from './cues';
import { diff } from './diff';
import { evaluate } from './eval';
import { list } from './list';
import { suggest } from './suggest';
import { validate } from './validate';

export const COMMANDS: readonly Command[] = [build, validate, list, suggest, cues, evaluate, diff];
