#!/usr/bin/env python3
"""Writes patchbay-cli(1) from the program's own help: `patchbay-cli --help` for the synopsis,
the commands and the options, and `patchbay-cli help COMMAND` for each command, so that the man
page says what the program says. Usage: make-manpage.py PROGRAM OUT_FILE [VERSION] [commands|plain] — plain: a program without
commands (its --help is the page)."""
import os
import re
import subprocess
import sys
import tempfile


def run(cli, *args):
    # English, no display, and a throwaway home: nothing of the user's is touched or read
    with tempfile.TemporaryDirectory() as home:
        env = {'LANG': 'C.UTF-8', 'LANGUAGE': 'en', 'QT_QPA_PLATFORM': 'offscreen', 'HOME': home,
               'XDG_RUNTIME_DIR': home, 'PATCHBAY_DATA_DIR': home + '/data', 'PATH': os.environ.get('PATH', '')}
        for k in ('ASAN_OPTIONS', 'UBSAN_OPTIONS', 'LD_LIBRARY_PATH'):
            if k in os.environ:
                env[k] = os.environ[k]
        out = subprocess.run([cli, *args], capture_output=True, text=True, timeout=60, env=env)
    return out.stdout if out.stdout.strip() else out.stderr


def roff(text):
    text = text.replace('\\', '\\e').replace('-', '\\-')
    # troff reads bytes: anything beyond ASCII (•, —, ›, …) as a named Unicode escape
    text = ''.join(c if ord(c) < 128 else '\\[u%04X]' % ord(c) for c in text)
    return '\n'.join(('\\&' + line) if line.startswith(('.', "'")) else line for line in text.split('\n'))


def main():
    cli, out = sys.argv[1], sys.argv[2]
    version = sys.argv[3] if len(sys.argv) > 3 else ''
    plain = len(sys.argv) > 4 and sys.argv[4] == 'plain'
    overview = run(cli, '--help')
    if plain:
        name = cli.rsplit('/', 1)[-1]
        page = [f'.TH {name.upper()} 1 "" "{name} {version}" "User Commands"',
                '.SH NAME',
                roff(name) + ' \\- ' + ('connect web APIs to each other without programming' if name == 'patchbay'
                                         else 'the local API of Patchbay\'s demo workspace and tests'),
                '.SH SYNOPSIS', '.B ' + roff(name), '[\\fIoptions\\fR]',
                '.SH DESCRIPTION', '.nf', roff(overview.strip()), '.fi']
        with open(out, 'w', encoding='utf-8') as f:
            f.write('\n'.join(page) + '\n')
        return 0 if overview.strip() else 1
    commands = []
    for line in overview.split('\n'):
        m = re.match(r'^  ([a-z][a-z-]+)\b', line)
        if m and m.group(1) not in commands:
            commands.append(m.group(1))
    page = [f'.TH PATCHBAY-CLI 1 "" "patchbay-cli {version}" "User Commands"',
            '.SH NAME',
            'patchbay\\-cli \\- run Patchbay\'s integrations, requests and imports from the command line',
            '.SH SYNOPSIS',
            '.B patchbay\\-cli',
            '[\\fIglobal options\\fR] \\fICOMMAND\\fR [\\fIarguments\\fR]',
            '.SH DESCRIPTION',
            '.nf',
            roff(overview.strip()),
            '.fi',
            '.SH COMMANDS']
    for c in commands:
        page += [f'.SS {roff(c)}', '.nf', roff(run(cli, 'help', c).strip()), '.fi']
    page += ['.SH EXIT STATUS',
             '0 done; 1 the work failed; 2 the command line or the project is wrong; 130 cancelled.',
             '.SH SEE ALSO',
             '.BR patchbay (1)']
    with open(out, 'w', encoding='utf-8') as f:
        f.write('\n'.join(page) + '\n')
    return 0 if commands else 1


if __name__ == '__main__':
    sys.exit(main())
