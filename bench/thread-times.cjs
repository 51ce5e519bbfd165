// A measuring aid for the generator's own speed work (Linux only): loaded with `node --require
// ./bench/thread-times.cjs …`, it prints to stderr, as the process exits, the CPU time and page
// faults of its main thread and of its busiest other thread (the helper), and the wall time. The
// main thread decides a large run's length; its CPU time, read in alternating runs of two versions,
// tells a few per cent apart where wall times on a shared machine do not (docs/PERFORMANCE.md).
const fs = require('node:fs');

/** CPU milliseconds (schedstat) and minor page faults (stat) of one thread, read from /proc. */
function threadTimes(pid, tid) {
  const cpuMs = Number(fs.readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  const stat = fs.readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
  // The fields after the command name, which may itself hold spaces and parentheses; minflt is the tenth field.
  const faults = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[7]);
  return { cpuMs, faults };
}

process.on('exit', () => {
  const pid = process.pid;
  let main;
  let helper;
  for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
    let times;
    try {
      times = threadTimes(pid, tid);
    } catch {
      continue; // a thread that ended while the list was read
    }
    if (Number(tid) === pid) main = times;
    else if (!helper || times.cpuMs > helper.cpuMs) helper = times;
  }
  const show = (t) => (t ? `${t.cpuMs.toFixed(0)} ms CPU, ${t.faults} page faults` : 'none');
  process.stderr.write(
    `thread-times: main ${show(main)}; helper ${show(helper)}; wall ${(process.uptime() * 1000).toFixed(0)} ms\n`,
  );
});
