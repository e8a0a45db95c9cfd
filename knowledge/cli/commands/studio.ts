import { spawn } from 'node:child_process';
import { flag, numberOption, positionals } from '../args';
import { existsSync, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { CliFailure, type Command } from '../command';
import { writeOrFail } from '../inputs';
import { makeFolders } from '../../node/write';
import { cliSaid, cliStrings } from '../cli-lang';

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
    throw new CliFailure(cliSaid('studio.noFolder', { folder }), 'missing');
  }
  if (!statSync(folder).isDirectory()) {
    throw new CliFailure(cliSaid('studio.isFile', { folder, hint: basename(folder) === 'pack.yaml' ? ` (${dirname(folder)})` : '' }), 'wrong-input');
  }
}

export const studio: Command = {
  name: 'studio',
  summary: { el: 'επεξεργασία, δοκιμή και δημοσίευση ενός πακέτου στο πρόγραμμα περιήγησης (τοπική εφαρμογή)', en: 'edit, try and publish a pack in the browser (a local web app)' },
  usage: 'studio <pack-folder> [--new] [--port <n>] [--open]',
  description: {
    el:
      'Ανοίγει το στούντιο του εκπαιδευτή για έναν φάκελο πακέτου, μόνο στο 127.0.0.1, σε διεύθυνση με μυστικό κλειδί: φόρμες\n' +
      'για διαδικασίες και πρότυπα με έλεγχο την ώρα που γράφετε, ένα πλαίσιο «Δοκιμή», εισαγωγές από άλλα εργαλεία και\n' +
      'δημοσίευση (build και υπογραφή). Τα αρχεία Markdown του φακέλου μένουν η πηγή: το στούντιο τα διαβάζει και τα γράφει,\n' +
      'ξαναφορτώνει ό,τι αλλάζει στον δίσκο και κρατά τις αλλαγές που δεν αποθηκεύτηκαν ως πρόχειρα στο\n' +
      '<pack-folder>/.odigos-studio/ ώσπου να γραφτούν. Σταματά με Ctrl+C. Φάκελος που δεν υπάρχει δημιουργείται μόνο\n' +
      'με --new (μια λάθος διαδρομή δεν είναι νέο πακέτο).',
    en:
    'Serves the trainer\'s studio for one pack folder on 127.0.0.1 only, at an address with a secret token: forms for\n' +
    'SOPs and templates with live validation, a "Try it" pane, imports from other tools, and publishing (build and sign).\n' +
    'The folder\'s Markdown files stay the source: the studio reads and writes them, reloads what changes on disk,\n' +
    'and keeps unsaved edits as drafts in <pack-folder>/.odigos-studio/ until they are written. Stop it with Ctrl+C.\n' +
    'A folder that does not exist is created only with --new (a mistyped path is not a new pack).',
  },
  options: {
    new: { type: 'boolean', description: { el: 'δημιουργεί τον φάκελο του πακέτου όταν δεν υπάρχει (νέο πακέτο)', en: 'create the pack folder when it does not exist (a new pack)' } },
    port: { type: 'string', arg: 'n', description: { el: 'η θύρα όπου ακούει (αλλιώς οποιαδήποτε ελεύθερη)', en: 'the port to listen on (default: any free port)' } },
    open: { type: 'boolean', description: { el: 'ανοίγει το στούντιο στο προεπιλεγμένο πρόγραμμα περιήγησης', en: 'open the studio in the default browser' } },
  },
  async run({ values, positionals: args, io }) {
    const [folder] = positionals(args, ['pack-folder']);
    const port = numberOption(values, 'port', { min: 0, max: 65535, integer: true }) ?? 0;
    studioFolderOrFail(folder!, flag(values, 'new'));
    // The server and its page are loaded only for this command: the other commands stay quick to start.
    const { startStudio } = await import('../../../studio/server/start');
    const say = cliStrings(io.lang ?? 'en');
    const running = await startStudio({ folder, port, building: () => io.err(say('studio.building')) });
    io.out(say('studio.running', { dir: running.workspace.dir, url: running.url }));
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
