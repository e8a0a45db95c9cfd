/** Every `odigos` command. Adding one: a new file in this folder and one line here. */
import type { Command } from '../command';
import { build } from './build';
import { cues } from './cues';
import { diff } from './diff';
import { evaluate } from './eval';
import { greet } from './greet';
import { keygen } from './keygen';
import { list } from './list';
import { sign } from './sign';
import { studio } from './studio';
import { suggest } from './suggest';
import { validate } from './validate';
import { verify } from './verify';

export const COMMANDS: readonly Command[] = [build, validate, list, suggest, cues, evaluate, diff, keygen, sign, verify, studio, greet];
