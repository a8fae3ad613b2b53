"""Runs a kliping command over input files on a Dask cluster, as README's Dask recipe does.

    dask_records.py --scheduler-file FILE --workers N --output-dir DIR INPUT... -- COMMAND...

Each input file is one partition and one task. Without `{}` in COMMAND, the file's lines are piped
through COMMAND's standard input (the recipe for JSON Lines); with `{}`, COMMAND runs with the file
in its place (for inputs kliping reads whole, such as WARC files), in the folder this script runs in. Either
way Dask writes the task's output lines to DIR/<partition>.jsonl. Prints, as JSON, the name of the
worker that ran each kliping task, so that a test can tell the work was spread.
"""

import argparse
import json
import os
import subprocess
import sys
from functools import partial

import dask.bag as db
from distributed import Client, get_task_stream


def run(command, stdin, cwd=None):
    """One kliping process: its output lines. Exit 1 means some lines failed, and their error
    records are in the output; anything else fails the task."""
    done = subprocess.run(command, input=stdin, cwd=cwd, capture_output=True, encoding='utf-8')
    if done.returncode not in (0, 1):
        raise RuntimeError(f'{command} exited with {done.returncode}: {done.stderr}')
    # Not splitlines(): that also splits at U+2028 and U+0085, which JSON leaves raw in a string.
    return done.stdout.split('\n')[:-1]


def kliping_lines(command, lines):
    return run(command, ''.join(lines))


def kliping_file(command, cwd, path):
    return run([path if arg == '{}' else arg for arg in command], '', cwd)


def cleaned(inputs, command):
    # partial(), not a lambda: task keys then name the function, and Dask does not search the
    # command's list for keys of its task graph.
    if '{}' not in command:
        return db.read_text(inputs, blocksize=None).map_partitions(partial(kliping_lines, command))
    files = db.from_sequence(inputs, npartitions=len(inputs))
    return files.map(partial(kliping_file, command, os.getcwd())).flatten()


def main():
    dash = sys.argv.index('--')
    parser = argparse.ArgumentParser()
    parser.add_argument('--scheduler-file', required=True)
    parser.add_argument('--workers', type=int, required=True, help='wait until this many are connected')
    parser.add_argument('--output-dir', required=True)
    parser.add_argument('inputs', nargs='+')
    args = parser.parse_args(sys.argv[1:dash])
    bag = cleaned(args.inputs, sys.argv[dash + 1:])
    with Client(scheduler_file=args.scheduler_file) as client:
        client.wait_for_workers(args.workers, timeout=30)
        names = worker_names(client)  # before: a worker may die during the run
        with get_task_stream(client) as stream:
            bag.to_textfiles(os.path.join(args.output_dir, '*.jsonl'), last_endline=True)
        names.update(worker_names(client))  # and after: another may join
    ran = [names.get(task['worker'], task['worker']) for task in stream.data if 'kliping_' in task['key']]
    print(json.dumps({'workers': ran}))


def worker_names(client):
    return {address: worker['name'] for address, worker in client.scheduler_info()['workers'].items()}


if __name__ == '__main__':
    main()
