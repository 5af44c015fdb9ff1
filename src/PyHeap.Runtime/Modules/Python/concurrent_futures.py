# PyHeap's concurrent.futures: Future, ThreadPoolExecutor, wait and as_completed following Lib/concurrent/futures
# (_base.py and thread.py, 3.11) in behaviour, run on the simulated heap with simulated threads.

import threading
import queue as _queue
from time import monotonic as _time

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'


class Error(Exception):
    pass


class CancelledError(Error):
    pass


class TimeoutError(Error):
    pass


class InvalidStateError(Error):
    pass


class BrokenExecutor(RuntimeError):
    pass


class Future:

    def __init__(self):
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                pass

    def __repr__(self):
        with self._condition:
            if self._state == FINISHED:
                if self._exception:
                    return '<%s at %#x state=%s raised %s>' % (
                        self.__class__.__name__, id(self), self._state.lower(),
                        self._exception.__class__.__name__)
                return '<%s at %#x state=%s returned %s>' % (
                    self.__class__.__name__, id(self), self._state.lower(),
                    self._result.__class__.__name__)
            return '<%s at %#x state=%s>' % (self.__class__.__name__, id(self), self._state.lower())

    def cancel(self):
        with self._condition:
            if self._state in [RUNNING, FINISHED]:
                return False
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        with self._condition:
            return self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]

    def running(self):
        with self._condition:
            return self._state == RUNNING

    def done(self):
        with self._condition:
            return self._state in [CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]

    def __get_result(self):
        if self._exception:
            try:
                raise self._exception
            finally:
                self = None
        else:
            return self._result

    def add_done_callback(self, fn):
        with self._condition:
            if self._state not in [CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]:
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception:
            pass

    def result(self, timeout=None):
        try:
            with self._condition:
                if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                    raise CancelledError()
                elif self._state == FINISHED:
                    return self.__get_result()
                self._condition.wait(timeout)
                if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                    raise CancelledError()
                elif self._state == FINISHED:
                    return self.__get_result()
                else:
                    raise TimeoutError()
        finally:
            self = None

    def exception(self, timeout=None):
        with self._condition:
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                raise CancelledError()
            elif self._state == FINISHED:
                return self._exception
            self._condition.wait(timeout)
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                raise CancelledError()
            elif self._state == FINISHED:
                return self._exception
            else:
                raise TimeoutError()

    def set_running_or_notify_cancel(self):
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                return False
            elif self._state == PENDING:
                self._state = RUNNING
                return True
            else:
                raise RuntimeError('Future in unexpected state')

    def _wait_for(self, timeout):
        # What as_completed() and wait() block on (a process future waits for its simulated process instead).
        with self._condition:
            if not self.done():
                self._condition.wait(timeout)

    def set_result(self, result):
        with self._condition:
            if self._state in {CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED}:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._state = FINISHED
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_exception(self, exception):
        with self._condition:
            if self._state in {CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED}:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._exception = exception
            self._state = FINISHED
            self._condition.notify_all()
        self._invoke_callbacks()


def as_completed(fs, timeout=None):
    # Polls the futures in submission order; each pass that finds none finished waits on the first unfinished one.
    if timeout is not None:
        end_time = timeout + _time()
    pending = list(fs)
    while pending:
        still = []
        for f in pending:
            if f.done():
                yield f
            else:
                still.append(f)
        pending = still
        if pending:
            wait_timeout = None
            if timeout is not None:
                wait_timeout = end_time - _time()
                if wait_timeout < 0:
                    raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), len(fs)))
            pending[0]._wait_for(wait_timeout)


class DoneAndNotDoneFutures:

    def __init__(self, done, not_done):
        self.done = done
        self.not_done = not_done

    def __iter__(self):
        return iter((self.done, self.not_done))


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    fs = set(fs)
    end_time = None if timeout is None else _time() + timeout
    while True:
        done = set(f for f in fs if f.done())
        not_done = fs - done
        if not not_done:
            break
        if return_when == FIRST_COMPLETED and done:
            break
        if return_when == FIRST_EXCEPTION and any(f._exception is not None for f in done):
            break
        remaining = None
        if end_time is not None:
            remaining = end_time - _time()
            if remaining <= 0:
                break
        next(iter(not_done))._wait_for(remaining)
    return DoneAndNotDoneFutures(done, not_done)


class Executor:

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if timeout is not None:
            end_time = timeout + _time()
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            try:
                fs.reverse()
                while fs:
                    if timeout is None:
                        yield fs.pop().result()
                    else:
                        yield fs.pop().result(end_time - _time())
            finally:
                for future in fs:
                    future.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


class _WorkItem:

    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            self = None
        else:
            self.future.set_result(result)


def _worker(executor_reference, work_queue):
    while True:
        work_item = work_queue.get(block=True)
        if work_item is not None:
            work_item.run()
            del work_item
            executor = executor_reference
            if executor is not None:
                executor._idle_semaphore.release()
            del executor
            continue
        executor = executor_reference
        if executor is None or executor._shutdown:
            if executor is not None:
                executor._shutdown = True
            work_queue.put(None)
            return
        del executor


class ThreadPoolExecutor(Executor):

    _counter = 0

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if max_workers is None:
            max_workers = 5
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        self._max_workers = max_workers
        self._work_queue = _queue.SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        ThreadPoolExecutor._counter += 1
        self._thread_name_prefix = (thread_name_prefix or ("ThreadPoolExecutor-%d" % (ThreadPoolExecutor._counter - 1)))
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            f = Future()
            w = _WorkItem(f, fn, args, kwargs)
            self._work_queue.put(w)
            self._adjust_thread_count()
            return f

    def _adjust_thread_count(self):
        if self._idle_semaphore.acquire(timeout=0):
            return
        num_threads = len(self._threads)
        if num_threads < self._max_workers:
            thread_name = '%s_%d' % (self._thread_name_prefix or self, num_threads)
            t = threading.Thread(name=thread_name, target=_worker, args=(self, self._work_queue))
            t.start()
            self._threads.add(t)

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                while True:
                    try:
                        work_item = self._work_queue.get_nowait()
                    except _queue.Empty:
                        break
                    if work_item is not None:
                        work_item.future.cancel()
            self._work_queue.put(None)
        if wait:
            for t in list(self._threads):
                t.join()


class _ProcessFuture(Future):
    # A future whose work ran in a simulated child process (process.py's _ExecutorManagerThread would set it when the
    # result arrives): the outcome is known when the task is placed, and the future finishes at the task's end time
    # on the simulated clock, when the parent first looks at it or waits for it.

    def __init__(self):
        super().__init__()
        self._work = None
        self._pending = None

    def _start(self, work, success, value):
        self._work = work
        self._pending = (success, value)
        self.set_running_or_notify_cancel()

    def _finish(self):
        if self._pending is not None and _mp_native().done(self._work):
            success, value = self._pending
            self._pending = None
            if success:
                self.set_result(value)
            else:
                self.set_exception(value)

    def _wait_for(self, timeout):
        if self._pending is not None and _mp_native().wait(self._work, timeout):
            self._finish()

    def running(self):
        self._finish()
        return super().running()

    def done(self):
        self._finish()
        return super().done()

    def result(self, timeout=None):
        self._wait_for(timeout)
        if self._pending is not None:
            raise TimeoutError()
        return super().result(timeout)

    def exception(self, timeout=None):
        self._wait_for(timeout)
        if self._pending is not None:
            raise TimeoutError()
        return super().exception(timeout)


def _mp_native():
    import _multiprocessing
    return _multiprocessing


class BrokenProcessPool(BrokenExecutor):
    pass


class ProcessPoolExecutor(Executor):
    # Lib/concurrent/futures/process.py with the fork context: the workers (ForkProcess-N) are forked at the first
    # submit and each task goes to the worker free first; arguments, the function (by reference) and the result are
    # pickled between the simulated processes.

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), *, max_tasks_per_child=None):
        import multiprocessing
        if max_workers is None:
            max_workers = multiprocessing.cpu_count()
        elif max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._initializer = initializer
        self._initargs = initargs
        self._workers = None
        self._futures = []
        self._shutdown_thread = False

    def _launch(self):
        import multiprocessing
        mp = _mp_native()
        self._workers = [mp.fork('ForkProcess-%d' % multiprocessing._next_identity()) for _ in range(self._max_workers)]
        if self._initializer is not None:
            for w in self._workers:
                mp.apply([w], self._initializer, [(tuple(self._initargs), {})])

    def submit(self, fn, /, *args, **kwargs):
        if self._shutdown_thread:
            raise RuntimeError('cannot schedule new futures after shutdown')
        if self._workers is None:
            self._launch()
        f = _ProcessFuture()
        try:
            work, status, value = _mp_native().apply(self._workers, fn, [(args, kwargs)])
        except Exception as e:
            f.set_running_or_notify_cancel()
            f.set_exception(e)
            return f
        if status == 0:
            f._start(work, True, value[0])
        elif status == 1:
            f._start(work, False, value)
        else:
            f._start(work, False, value[1])
        self._futures.append(f)
        return f

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown_thread = True
        if wait:
            for f in self._futures:
                f._wait_for(None)
        self._futures = []
        workers, self._workers = self._workers, None
        if workers:
            for w in workers:
                _mp_native().exit(w)
