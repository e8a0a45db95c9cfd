import { spawn } from 'node:child_process';
import { flag, numberOption, positionals } from '../args';
import { existsSync, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { CliFailure, type Command } from '../command';
import { writeOrFail } from '../inputs';
import { makeFolders } from '../../node/write';

/** The system's way to open an address in the default browser; a machine without one just shows the address. */
function openInBrowser(url: string): void {
  const [cmd, args] = process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '', url]] : ['xdg-open', [url]];
  const child = spawn(cmd, args, { stdio: 'ignore', detached: true });
  child.on('error', () => undefined);
  child.unref();
}

/** The pack folder to open: it must exist, unless --new asks for a new pack there; a file is no pack folder. */
function studioFolderOrFail(folder: string, isNew: boolean): void {
  if (!existsSync(folder)) {
    // Made here, so that a folder that cannot be made is said in words (exit 6), before any server starts.
    if (isNew) return writeOrFail(folder, () => makeFolders(folder));
    throw new CliFailure(`${folder}: no such folder; give a pack source folder (the folder with pack.yaml), or add --new to start a new pack there`, 'missing');
  }
  if (!statSync(folder).isDirectory()) {
    throw new CliFailure(`${folder}: is a file, not a pack folder; give the folder with pack.yaml${basename(folder) === 'pack.yaml' ? ` (${dirname(folder)})` : ''}`, 'wrong-input');
  }
}

export const studio: Command = {
  name: 'studio',
  summary: 'edit, try and publish a pack in the browser (a local web app)',
  usage: 'studio <pack-folder> [--new] [--port <n>] [--open]',
  description:
    'Serves the trainer\'s studio for one pack folder on 127.0.0.1 only, at an address with a secret token: forms for\n' +
    'SOPs and templates with live validation, a "Try it" pane, imports from other tools, and publishing (build and sign).\n' +
    'The folder\'s Markdown files stay the source: the studio reads and writes them, reloads what changes on disk,\n' +
    'and keeps unsaved edits as drafts in <pack-folder>/.odigos-studio/ until they are written. Stop it with Ctrl+C.\n' +
    'A folder that does not exist is created only with --new (a mistyped path is not a new pack).',
  options: {
    new: { type: 'boolean', description: 'create the pack folder when it does not exist (a new pack)' },
    port: { type: 'string', arg: 'n', description: 'the port to listen on (default: any free port)' },
    open: { type: 'boolean', description: 'open the studio in the default browser' },
  },
  async run({ values, positionals: args, io }) {
    const [folder] = positionals(args, ['pack-folder']);
    const port = numberOption(values, 'port', { min: 0, max: 65535, integer: true }) ?? 0;
    studioFolderOrFail(folder!, flag(values, 'new'));
    // The server and its page are loaded only for this command: the other commands stay quick to start.
    const { startStudio } = await import('../../../studio/server/start');
    const running = await startStudio({ folder, port, log: (line) => io.err(line) });
    io.out(`Odigos studio for ${running.workspace.dir}\nOpen: ${running.url}\n(only this computer can reach it; Ctrl+C stops it)`);
    if (flag(values, 'open')) openInBrowser(running.url);
    await new Promise<void>((done) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        done();
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    await running.close();
    return 0;
  },
};
