#!/usr/bin/env python3
"""CPU at the window's map: for two or more commands run in turn (the README's Start-up, fourth round).

Usage (needs a display and xev; e.g. from the project root):
  xvfb-run -a -s "-screen 0 1600x1000x24" python3 packaging/map-cpu.py RUNS 'COMMAND A' 'COMMAND B' ...
e.g.  ... map-cpu.py 5 'java -jar /tmp/before/verbatim.jar --smoke' 'java -jar target/verbatim.jar --smoke' 'meld a b'
Per run: the wall time from launch to the X server's MapNotify of the first top-level window (as
startup-vs-meld.py), and the CPU (user + system) of the whole process tree at that moment, read from /proc
(both JVMs under java -jar; "first process" is the launched process alone). Interleaved (A B, B A, ...),
one warm-up run each; prints medians per command and the load average. The CPU figure holds on a busy
machine, where the wall time mostly measures the load. Environment variables go through `env X=1 cmd`.
"""
import os, re, signal, statistics, subprocess, sys, threading, time
runs = int(sys.argv[1]); cmds = sys.argv[2:]
maps, lock = [], threading.Lock()
xev = subprocess.Popen(["xev", "-root", "-event", "substructure"], stdout=subprocess.PIPE, text=True, bufsize=1)
state = {}
def tree_cpu(root):
    kids = {}
    for p in os.listdir('/proc'):
        if p.isdigit():
            try:
                s = open(f'/proc/{p}/stat').read()
            except OSError: continue
            f = s[s.rindex(')') + 2:].split()
            kids.setdefault(int(f[1]), []).append((int(p), int(f[11]) + int(f[12])))
    tot, todo = 0, [root]
    try:
        s = open(f'/proc/{root}/stat').read(); f = s[s.rindex(')') + 2:].split(); tot += int(f[11]) + int(f[12])
    except OSError: pass
    while todo:
        for pid, t in kids.get(todo.pop(), []):
            tot += t; todo.append(pid)
    return tot * 10
def own_cpu(pid):
    try:
        s = open(f'/proc/{pid}/stat').read(); f = s[s.rindex(')') + 2:].split(); return (int(f[11]) + int(f[12])) * 10
    except OSError: return -1
def reader():
    for line in xev.stdout:
        t = time.monotonic()
        if line.startswith("MapNotify"):
            nxt = xev.stdout.readline()
            if "override NO" in nxt or "override NO" in line:
                with lock:
                    if state.get('pid') and 'map' not in state:
                        state['map'] = t; state['cpu'] = tree_cpu(state['pid']); state['own'] = own_cpu(state['pid'])
threading.Thread(target=reader, daemon=True).start()
time.sleep(0.5)
res = {i: ([], [], []) for i in range(len(cmds))}
def run(i):
    with lock: state.clear()
    t0 = time.monotonic()
    p = subprocess.Popen("exec " + cmds[i], shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    with lock: state['pid'] = p.pid
    while time.monotonic() - t0 < 60:
        with lock:
            if 'map' in state: break
        time.sleep(0.002)
    time.sleep(0.3)
    try: os.killpg(p.pid, signal.SIGTERM)
    except ProcessLookupError: pass
    try: p.wait(timeout=10)
    except subprocess.TimeoutExpired: os.killpg(p.pid, signal.SIGKILL); p.wait()
    with lock:
        if 'map' in state:
            res[i][0].append((state['map'] - t0) * 1000); res[i][1].append(state['cpu']); res[i][2].append(state['own'])
for i in range(len(cmds)): run(i)  # warm-up
for r in range(runs):
    for i in (range(len(cmds)) if r % 2 == 0 else reversed(range(len(cmds)))):
        time.sleep(0.3); run(i)
for i, c in enumerate(cmds):
    w, cpu, own = res[i]
    print(f"wall {statistics.median(w):6.0f} ms  cpu@map {statistics.median(cpu):6.0f} ms (first process {statistics.median(own):5.0f})  n={len(w)}  {c}")
    print("   walls", [round(x) for x in w], " cpus", cpu)
print('load average', ' '.join(f'{x:.2f}' for x in os.getloadavg()))
xev.terminate()
