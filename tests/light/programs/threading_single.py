import threading

results = []
lock = threading.Lock()


def work(n, scale=1):
    with lock:
        results.append((n * scale, threading.current_thread().name))


threads = [threading.Thread(target=work, args=(i,), kwargs={"scale": 10}) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
print([t.is_alive() for t in threads], threads[0].name, threading.current_thread().name)
print(threading.main_thread() is threading.current_thread(), threading.active_count())
print(len(threading.enumerate()), isinstance(threading.get_ident(), int))
named = threading.Thread(target=lambda: None, name="worker", daemon=True)
print(named.name, named.daemon, named.is_alive(), named.ident)
named.start(); named.join()
print(named.is_alive())
r = threading.RLock()
with r:
    with r:
        print("reentrant")
print(lock.acquire(), lock.acquire(False), lock.locked())
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print(e)
ev = threading.Event()
print(ev.wait(0.001))
ev.set()
print(ev.wait(), ev.is_set())
sem = threading.BoundedSemaphore(1)
print(sem.acquire(), sem.acquire(blocking=False))
sem.release()
try:
    sem.release()
except ValueError as e:
    print(e)
data = threading.local()
data.x = 5
print(data.x)
fired = []
timer = threading.Timer(0.001, fired.append, args=["tick"])
timer.start(); timer.join()
print(fired)


class Counter(threading.Thread):
    def run(self):
        print("subclass run in", self.name)


Counter(name="C").start()
cond = threading.Condition()
with cond:
    cond.notify_all()
    print(cond.wait_for(lambda: True))
