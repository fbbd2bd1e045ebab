#!/usr/bin/env python3
"""CPU of start-up, step by step, for two or more builds run in turn (the README's Start-up figures).

Usage (needs a display; e.g. from the project root):
  xvfb-run -a -s "-screen 0 1600x1000x24" python3 packaging/startup-cpu.py RUNS 'COMMAND A' 'COMMAND B' ...
e.g.  ... startup-cpu.py 9 'java -jar /tmp/before/verbatim.jar --smoke' 'java -jar target/verbatim.jar --smoke'
Runs each command RUNS times with VERBATIM_TRACE=1, interleaved (A B, B A, ...), and prints per trace step the
median of the window JVM's process CPU (proc@STEP), the JavaFX thread's CPU spent since its previous step
(fx:STEP), other threads' CPU at their step, and each thread's CPU at exit (T NAME; threads of one name share
a row, the median of their values). A column per command, in the order given; then the load average.
"""
import collections, os, re, statistics, subprocess, sys

runs = int(sys.argv[1]); cmds = sys.argv[2:]
env = dict(os.environ, VERBATIM_TRACE='1')
data = {i: collections.defaultdict(list) for i in range(len(cmds))}
for r in range(runs):
    for i in (range(len(cmds)) if r % 2 == 0 else reversed(range(len(cmds)))):
        out = subprocess.run(cmds[i], shell=True, capture_output=True, text=True, env=env).stderr
        prev = 0
        for m in re.finditer(r'\[trace\] (.+?) at (\d+) ms \(cpu: process (\d+) ms, (.+?) (\d+) ms\)', out):
            step, proc, thread, cpu = m.group(1), int(m.group(3)), m.group(4), int(m.group(5))
            data[i]['proc@' + step].append(proc)
            if 'Application' in thread:
                data[i]['fx:' + step].append(cpu - prev); prev = cpu
            else:
                data[i]['thr:' + thread + ':' + step].append(cpu)
        for m in re.finditer(r'\[trace\] thread (.+?) (\d+) ms', out):
            data[i]['T ' + m.group(1)].append(int(m.group(2)))
keys = []
for i in data:
    keys += [k for k in data[i] if k not in keys]
for k in keys:
    print(f"{k:45s}", '  '.join(f"{statistics.median(data[i][k]) if data[i][k] else float('nan'):7.0f}" for i in data))
print('load average', ' '.join(f'{x:.2f}' for x in os.getloadavg()))
