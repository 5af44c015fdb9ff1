# PyHeap's multiprocessing: Process, Pool, cpu_count and current_process following Lib/multiprocessing (3.11:
# process.py, pool.py, context.py) in behaviour, with the fork start method (the Linux default in 3.11). Every child
# is a separate simulated process (its own interpreter, heap, GIL and modules) started by _multiprocessing, which
# copies the parent's __main__ into it as fork would and runs it on a CPU of the simulated machine, in parallel on
# the simulated clock. Arguments and results are copied between heaps by pickle's rules. No host process is started.

import _multiprocessing as _mp

__all__ = ['Process', 'Pool', 'cpu_count', 'current_process', 'parent_process', 'active_children',
           'ProcessError', 'BufferTooShort', 'TimeoutError', 'AuthenticationError', 'get_start_method']


class ProcessError(Exception):
    pass

class BufferTooShort(ProcessError):
    pass

class TimeoutError(ProcessError):
    pass

class AuthenticationError(ProcessError):
    pass


_counter = [0]
_children = []


def _next_identity():
    # process.py: _process_counter = itertools.count(1), shared by Process, Pool workers and executor workers.
    _counter[0] += 1
    return _counter[0]


def cpu_count():
    return _mp.cpu_count()


def get_start_method(allow_none=False):
    return 'fork'


class _ThisProcess:
    # The Process object a process sees for itself (_MainProcess in the parent, the child's own in a child).

    def __init__(self):
        self.name, self.pid, self._parent_pid = _mp.current()
        self.ident = self.pid
        self.daemon = False
        self.exitcode = None

    def is_alive(self):
        return True

    def __repr__(self):
        return '<%s name=%r parent=%s started>' % (
            '_MainProcess' if self._parent_pid is None else 'Process', self.name, self._parent_pid)


def current_process():
    return _ThisProcess()


def parent_process():
    this = _ThisProcess()
    if this._parent_pid is None:
        return None
    return this._parent_pid


def active_children():
    for p in list(_children):
        p.is_alive()
    return list(_children)


_exitcode_names = {-15: 'SIGTERM', -9: 'SIGKILL', -2: 'SIGINT'}


class Process:
    _start_method = 'fork'

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}, *, daemon=None):
        assert group is None, 'group argument must be None for now'
        count = _next_identity()
        self._identity = (count,)
        self._parent_pid = _mp.current()[1]
        self._parent_name = _mp.current()[0]
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._name = name or type(self).__name__ + '-' + ':'.join(str(i) for i in self._identity)
        self._daemonic = bool(daemon) if daemon is not None else False
        self._work = None
        self._closed = False

    def run(self):
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        self._check_closed()
        assert self._work is None, 'cannot start a process twice'
        assert self._parent_pid == _mp.current()[1], 'can only start a process object created by current process'
        if type(self).run is not Process.run:
            raise NotImplementedError('PyHeap runs a Process\'s target in the child; a subclass\'s own run() is not supported')
        self._work = _mp.start_process(self._name, self._target, self._args, self._kwargs)
        _children.append(self)

    def _check_closed(self):
        if self._closed:
            raise ValueError("process object is closed")

    def join(self, timeout=None):
        self._check_closed()
        assert self._work is not None, 'can only join a started process'
        if _mp.wait(self._work, timeout) and self in _children:
            _children.remove(self)

    def is_alive(self):
        self._check_closed()
        if self._work is None:
            return False
        if _mp.done(self._work):
            if self in _children:
                _children.remove(self)
            return False
        return True

    def terminate(self):
        # The simulated child has already done all its work; there is nothing left to stop (a PyHeap simplification).
        self._check_closed()

    kill = terminate

    def close(self):
        if self._work is not None and not _mp.done(self._work):
            raise ValueError("Cannot close a process while it is still running. "
                             "You should first call join() or terminate().")
        self._closed = True

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        assert isinstance(name, str), 'name must be a string'
        self._name = name

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        assert self._work is None, 'process has already started'
        self._daemonic = daemonic

    @property
    def exitcode(self):
        self._check_closed()
        if self._work is None or not _mp.done(self._work):
            return None
        return _mp.exitcode(self._work)

    @property
    def pid(self):
        self._check_closed()
        return None if self._work is None else _mp.pid(self._work)

    ident = pid

    def __repr__(self):
        exitcode = None
        if self._closed:
            status = 'closed'
        elif self._work is None:
            status = 'initial'
        else:
            exitcode = self.exitcode
            status = 'started' if exitcode is None else 'stopped'
        info = [type(self).__name__, 'name=%r' % self._name]
        if self._work is not None and not self._closed:
            info.append('pid=%s' % _mp.pid(self._work))
        info.append('parent=%s' % self._parent_pid)
        info.append(status)
        if exitcode is not None:
            info.append('exitcode=%s' % _exitcode_names.get(exitcode, exitcode))
        if self.daemon:
            info.append('daemon')
        return '<%s>' % ' '.join(info)


# --- pool.py ---------------------------------------------------------------------------------------------------

INIT = 'INIT'
RUN = 'RUN'
CLOSE = 'CLOSE'
TERMINATE = 'TERMINATE'


class MaybeEncodingError(Exception):
    # pool.py: a result the worker could not pickle; PyHeap passes the result's repr (the worker's object stays there).
    __module__ = 'multiprocessing.pool'

    def __init__(self, exc, value):
        self.exc = repr(exc)
        self.value = value
        super(MaybeEncodingError, self).__init__(self.exc, self.value)

    def __str__(self):
        return "Error sending result: '%s'. Reason: '%s'" % (self.value, self.exc)

    def __repr__(self):
        return "<%s: %s>" % (self.__class__.__name__, self)


def _outcome(status, value):
    # (success, value) as the result handler gets it from a worker.
    if status == 0:
        return True, value
    if status == 1:
        return False, value
    return False, MaybeEncodingError(value[1], value[0])


class ApplyResult:

    def __init__(self, pool, callback, error_callback):
        self._pool = pool
        self._callback = callback
        self._error_callback = error_callback
        self._works = []
        self._parts = []
        self._delivered = False
        self._success = None
        self._value = None
        pool._cache.append(self)

    def _submit(self, func, calls):
        # One task: its outcome is known at once (the child ran to completion); it becomes visible at its end time.
        try:
            work, status, value = _mp.apply(self._pool._workers, func, calls)
        except Exception as e:
            self._parts.append((False, e))
            return
        self._works.append(work)
        self._parts.append(_outcome(status, value))

    def _combine(self):
        ok, value = self._parts[0]
        return ok, (value[0] if ok else value)

    def _deliver(self):
        if self._delivered:
            return
        self._delivered = True
        self._success, self._value = self._combine()
        self._parts = None
        if self in self._pool._cache:
            self._pool._cache.remove(self)
        if self._callback and self._success:
            self._callback(self._value)
        if self._error_callback and not self._success:
            self._error_callback(self._value)

    def ready(self):
        if not self._delivered:
            for w in self._works:
                if not _mp.done(w):
                    return False
            self._deliver()
        return True

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._success

    def wait(self, timeout=None):
        if self._delivered:
            return
        for w in self._works:
            if not _mp.wait(w, timeout):
                return
        self._deliver()

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            raise TimeoutError
        if self._success:
            return self._value
        raise self._value

AsyncResult = ApplyResult


class MapResult(ApplyResult):

    def _combine(self):
        # pool.py MapResult._set: the chunks' results in order; the first failure (in time) is the result.
        failures = [(i, v) for i, (ok, v) in enumerate(self._parts) if not ok]
        if failures:
            if self._works and len(self._works) == len(self._parts):
                failures.sort(key=lambda f: _mp.end_ns(self._works[f[0]]))
            return False, failures[0][1]
        out = []
        for ok, v in self._parts:
            out.extend(v)
        return True, out


def _chunks(iterable, chunksize):
    it = list(iterable)
    return [it[i:i + chunksize] for i in range(0, len(it), chunksize)]


class Pool:
    _wrap_exception = True

    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None, context=None):
        self._state = INIT
        self._cache = []
        if processes is None:
            processes = cpu_count()
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if maxtasksperchild is not None:
            if not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0:
                raise ValueError("maxtasksperchild must be a positive int or None")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._processes = processes
        self._workers = [_mp.fork('ForkPoolWorker-%d' % _next_identity()) for _ in range(processes)]
        if initializer is not None:
            for w in self._workers:
                _mp.apply([w], initializer, [(tuple(initargs), {})])
        self._state = RUN

    def __repr__(self):
        return '<%s.%s state=%s pool_size=%s>' % ('multiprocessing.pool', type(self).__name__, self._state, len(self._workers))

    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        self._check_running()
        result = ApplyResult(self, callback, error_callback)
        result._submit(func, [(tuple(args), dict(kwds))])
        return result

    def map(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, False, chunksize).get()

    def starmap(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, True, chunksize).get()

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, False, chunksize, callback, error_callback)

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, True, chunksize, callback, error_callback)

    def imap(self, func, iterable, chunksize=1):
        return iter(self.map(func, iterable, chunksize))

    def imap_unordered(self, func, iterable, chunksize=1):
        # Completion order on the simulated clock (ties: submission order).
        self._check_running()
        results = [self.apply_async(func, (x,)) for x in iterable]
        order = sorted(range(len(results)), key=lambda i: _mp.end_ns(results[i]._works[0]) if results[i]._works else 0)
        return (results[i].get() for i in order)

    def _map_async(self, func, iterable, star, chunksize=None, callback=None, error_callback=None):
        self._check_running()
        if not hasattr(iterable, '__len__'):
            iterable = list(iterable)
        if chunksize is None:
            chunksize, extra = divmod(len(iterable), len(self._workers) * 4)
            if extra:
                chunksize += 1
        if len(iterable) == 0:
            chunksize = 0
        result = MapResult(self, callback, error_callback)
        if chunksize:
            for chunk in _chunks(iterable, chunksize):
                calls = [(tuple(x), {}) if star else ((x,), {}) for x in chunk]
                result._submit(func, calls)
        else:
            result._parts.append((True, []))
        return result

    def close(self):
        if self._state == RUN:
            self._state = CLOSE

    def terminate(self):
        self._state = TERMINATE
        self._exit_workers()

    def join(self):
        if self._state == RUN:
            raise ValueError("Pool is still running")
        elif self._state not in (CLOSE, TERMINATE):
            raise ValueError("In unknown state")
        for result in list(self._cache):
            result.wait()
        self._exit_workers()

    def _exit_workers(self):
        workers, self._workers = self._workers, []
        for w in workers:
            _mp.exit(w)

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()
