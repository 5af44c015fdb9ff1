"""The pyheap kernel driven by a real Jupyter client (Debian's jupyter_client 7.4.9).

Run with Debian's interpreter, which has jupyter_client (the pyenv python3 on PATH does not):
    PYHEAP_DLL=/path/to/pyheap.dll /usr/bin/python3 -m unittest -v test_kernel     (in tests/jupyter)
or tests/jupyter/run.sh. Covers the ground of jupyter_kernel_test and more: the start-up handshake, every
output kind, completion, inspection, is_complete, history, comms, interrupt, stdin, restart, stop_on_error,
signatures, malformed messages and shutdown."""
import queue
import time
import unittest
import uuid

from jupyter_client.manager import start_new_kernel
from jupyter_client.session import Session

import kernel_fixture as fx
from kernel_fixture import TIMEOUT, get_reply, iopub_until_idle, drain_iopub

# Keys the messaging spec (and jupyter_client's msgspec schema) requires in each reply.
REQUIRED = {
    "kernel_info_reply": {"status", "protocol_version", "implementation", "implementation_version", "language_info", "banner", "help_links"},
    "execute_reply": {"status", "execution_count"},
    "complete_reply": {"status", "matches", "cursor_start", "cursor_end", "metadata"},
    "inspect_reply": {"status", "found", "data", "metadata"},
    "is_complete_reply": {"status"},
    "history_reply": {"status", "history"},
    "comm_info_reply": {"status", "comms"},
    "shutdown_reply": {"status", "restart"},
    "execute_input": {"code", "execution_count"},
    "stream": {"name", "text"},
    "display_data": {"data", "metadata"},
    "update_display_data": {"data", "metadata", "transient"},
    "execute_result": {"data", "metadata", "execution_count"},
    "error": {"ename", "evalue", "traceback"},
    "status": {"execution_state"},
    "clear_output": {"wait"},
}


def setUpModule():
    fx.install_spec()


def tearDownModule():
    fx.remove_spec()


class KernelTestBase(unittest.TestCase):
    """One kernel per test class: starting a kernel costs about a second."""

    @classmethod
    def setUpClass(cls):
        cls.km, cls.kc = start_new_kernel(kernel_name=fx.KERNEL_NAME, startup_timeout=60)

    @classmethod
    def tearDownClass(cls):
        cls.kc.stop_channels()
        cls.km.shutdown_kernel(now=False)

    def setUp(self):
        drain_iopub(self.kc, wait=0.05)

    def check_message(self, msg):
        header = msg["header"]
        for key in ("msg_id", "session", "username", "date", "msg_type", "version"):
            self.assertIn(key, header, f"header of {header.get('msg_type')} lacks {key}")
        self.assertEqual(header["version"], "5.3")
        missing = REQUIRED.get(msg["msg_type"], set()) - set(msg["content"])
        self.assertFalse(missing, f"{msg['msg_type']} lacks {missing}: {msg['content']}")
        if msg["msg_type"].endswith("_reply") and msg["content"].get("status") == "error":
            self.assertTrue({"ename", "evalue", "traceback"} <= set(msg["content"]), msg["content"])

    def execute(self, code, timeout=TIMEOUT, **kwargs):
        """Runs a cell; returns (execute_reply, the iopub outputs between execute_input and idle)."""
        msg_id = self.kc.execute(code, **kwargs)
        reply = get_reply(self.kc, msg_id, timeout)
        msgs = iopub_until_idle(self.kc, msg_id, timeout)
        self.check_message(reply)
        for msg in msgs:
            self.check_message(msg)
        self.assertEqual(msgs[0]["msg_type"], "status")
        self.assertEqual(msgs[0]["content"]["execution_state"], "busy")
        outputs = [m for m in msgs[1:-1] if m["msg_type"] != "execute_input"]
        if not kwargs.get("silent"):
            self.assertEqual(msgs[1]["msg_type"], "execute_input")
            self.assertEqual(msgs[1]["content"]["code"], code)
        if reply["content"]["status"] != "ok":
            # After a failed cell the kernel aborts execute_requests that arrive within its short flush window.
            time.sleep(0.2)
        return reply, outputs

    def execute_ok(self, code, **kwargs):
        reply, outputs = self.execute(code, **kwargs)
        self.assertEqual(reply["content"]["status"], "ok", f"{code!r} failed: {reply['content']}")
        return reply, outputs

    @staticmethod
    def stdout(outputs, name="stdout"):
        return "".join(m["content"]["text"] for m in outputs if m["msg_type"] == "stream" and m["content"]["name"] == name)


class BasicsTests(KernelTestBase):
    def test_kernel_info(self):
        msg_id = self.kc.kernel_info()
        reply = get_reply(self.kc, msg_id)
        self.check_message(reply)
        content = reply["content"]
        self.assertEqual(content["status"], "ok")
        self.assertEqual(content["protocol_version"], "5.3")
        self.assertEqual(content["implementation"], "pyheap")
        self.assertTrue(content["implementation_version"])
        self.assertIsInstance(content["banner"], str)
        self.assertEqual(content["help_links"], [])
        self.assertEqual(content["language_info"], {
            "name": "python", "version": "3.11", "mimetype": "text/x-python", "file_extension": ".py",
            "pygments_lexer": "ipython3", "codemirror_mode": {"name": "ipython", "version": 3},
            "nbconvert_exporter": "python",
        })
        # busy/idle around kernel_info too: jupyter_client's wait_for_ready depends on it.
        states = [m["content"]["execution_state"] for m in iopub_until_idle(self.kc, msg_id) if m["msg_type"] == "status"]
        self.assertEqual(states, ["busy", "idle"])

    def test_kernel_info_on_control(self):
        msg = self.kc.session.msg("kernel_info_request")
        self.kc.control_channel.send(msg)
        reply = get_reply(self.kc, msg["header"]["msg_id"], channel="control")
        self.check_message(reply)
        self.assertEqual(reply["content"]["implementation"], "pyheap")

    def test_stdout(self):
        _, outputs = self.execute_ok('print("hello, world")')
        self.assertEqual(self.stdout(outputs), "hello, world\n")
        self.assertEqual([m["msg_type"] for m in outputs], ["stream"])

    def test_many_prints_arrive_complete_and_in_order(self):
        _, outputs = self.execute_ok("for i in range(20000): print(i)")
        self.assertEqual(self.stdout(outputs), "".join(f"{i}\n" for i in range(20000)))

    def test_stderr(self):
        _, outputs = self.execute_ok('import sys\nprint("oops", file=sys.stderr)')
        self.assertEqual(self.stdout(outputs, "stderr"), "oops\n")

    def test_stream_arrives_while_the_cell_runs(self):
        # Calibrate a loop that takes about 1.5 s on this machine, then check the printed line reaches the
        # client long before the cell ends.
        start = time.monotonic()
        self.execute_ok("for _i in range(100000): pass")
        per_iteration = max((time.monotonic() - start) / 100000, 1e-8)
        n = int(min(max(1.5 / per_iteration, 10000), 200_000_000))
        msg_id = self.kc.execute(f'print("early")\nfor _i in range({n}): pass\nprint("late")')
        stream = None
        while stream is None:
            msg = self.kc.get_iopub_msg(timeout=TIMEOUT)
            if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "stream":
                stream = msg
        self.assertEqual(stream["content"]["text"], "early\n")
        with self.assertRaises(queue.Empty, msg="the cell had already finished when its first output arrived"):
            self.kc.get_shell_msg(timeout=0.2)
        reply = get_reply(self.kc, msg_id)
        self.assertEqual(reply["content"]["status"], "ok")
        gap = (reply["header"]["date"] - stream["header"]["date"]).total_seconds()
        self.assertGreater(gap, 0.3, "stream and execute_reply were made at about the same time")
        rest = iopub_until_idle(self.kc, msg_id)
        self.assertEqual(self.stdout(rest), "late\n")

    def test_execute_result_and_counts(self):
        first, outputs = self.execute_ok("6 * 7")
        results = [m for m in outputs if m["msg_type"] == "execute_result"]
        self.assertEqual(len(results), 1)
        self.assertEqual(results[0]["content"]["data"]["text/plain"], "42")
        self.assertEqual(results[0]["content"]["execution_count"], first["content"]["execution_count"])
        msg_id = self.kc.execute("'a' + 'b'")
        second = get_reply(self.kc, msg_id)
        msgs = iopub_until_idle(self.kc, msg_id)
        self.assertEqual(second["content"]["execution_count"], first["content"]["execution_count"] + 1)
        execute_input = [m for m in msgs if m["msg_type"] == "execute_input"][0]
        self.assertEqual(execute_input["content"]["execution_count"], second["content"]["execution_count"])
        result = [m for m in msgs if m["msg_type"] == "execute_result"][0]
        self.assertEqual(result["content"]["data"]["text/plain"], "'ab'")

    def test_no_result_for_statement_or_none(self):
        _, outputs = self.execute_ok("x = 1")
        self.assertEqual(outputs, [])
        _, outputs = self.execute_ok("None")
        self.assertEqual(outputs, [])

    def test_silent(self):
        before, _ = self.execute_ok("1")
        reply, outputs = self.execute("2", silent=True)
        self.assertEqual(reply["content"]["status"], "ok")
        self.assertEqual([m for m in outputs if m["msg_type"] == "execute_result"], [])
        after, _ = self.execute_ok("3")
        self.assertEqual(after["content"]["execution_count"], before["content"]["execution_count"] + 1)

    def test_user_expressions(self):
        reply, _ = self.execute_ok("ux = 5", user_expressions={"double": "ux * 2", "bad": "1/0"})
        expressions = reply["content"]["user_expressions"]
        self.assertEqual(expressions["double"]["status"], "ok")
        self.assertEqual(expressions["double"]["data"]["text/plain"], "10")
        self.assertEqual(expressions["bad"]["status"], "error")
        self.assertEqual(expressions["bad"]["ename"], "ZeroDivisionError")

    def test_display_data(self):
        _, outputs = self.execute_ok('display("shown")\ndisplay(12)')
        displays = [m for m in outputs if m["msg_type"] == "display_data"]
        self.assertEqual([m["content"]["data"]["text/plain"] for m in displays], ["'shown'", "12"])

    def test_update_display_data(self):
        _, outputs = self.execute_ok('display(1, display_id="d1")')
        shown = [m for m in outputs if m["msg_type"] == "display_data"]
        self.assertEqual(len(shown), 1)
        self.assertEqual(shown[0]["content"]["transient"], {"display_id": "d1"})
        self.assertEqual(shown[0]["content"]["data"]["text/plain"], "1")
        _, outputs = self.execute_ok('from IPython.display import update_display\nupdate_display(2, display_id="d1")')
        updates = [m for m in outputs if m["msg_type"] == "update_display_data"]
        self.assertEqual(len(updates), 1)
        self.assertEqual(updates[0]["content"]["transient"], {"display_id": "d1"})
        self.assertEqual(updates[0]["content"]["data"]["text/plain"], "2")

    def test_clear_output(self):
        _, outputs = self.execute_ok('from IPython.display import clear_output\nprint("a")\nclear_output(wait=True)\nprint("b")')
        self.assertEqual([m["msg_type"] for m in outputs], ["stream", "clear_output", "stream"])
        self.assertEqual(outputs[1]["content"]["wait"], True)

    def test_error(self):
        reply, outputs = self.execute("1 / 0")
        content = reply["content"]
        self.assertEqual(content["status"], "error")
        self.assertEqual(content["ename"], "ZeroDivisionError")
        self.assertEqual(content["evalue"], "division by zero")
        self.assertIsInstance(content["traceback"], list)
        self.assertTrue(all(isinstance(line, str) for line in content["traceback"]))
        # Exactly one output between busy and idle, the error (jupyter_kernel_test's test_error).
        self.assertEqual([m["msg_type"] for m in outputs], ["error"])
        self.assertEqual(outputs[0]["content"]["ename"], "ZeroDivisionError")
        self.assertEqual(outputs[0]["content"]["traceback"], content["traceback"])

    def test_complete(self):
        code = "import sys\nsy"
        msg_id = self.kc.complete(code, len(code))
        reply = get_reply(self.kc, msg_id)
        self.check_message(reply)
        content = reply["content"]
        self.assertEqual(content["status"], "ok")
        self.assertIn("sys", content["matches"])
        self.assertEqual(content["cursor_start"], len(code) - 2)
        self.assertEqual(content["cursor_end"], len(code))
        self.assertEqual(content["metadata"], {})

    def test_complete_counts_code_points(self):
        # Protocol 5.2+: cursor positions count code points, not UTF-16 units ("🐍" is one code point, two units).
        self.execute_ok("import sys")
        code = 's = "🐍"\nsy'
        msg_id = self.kc.complete(code, len(code))
        content = get_reply(self.kc, msg_id)["content"]
        self.assertIn("sys", content["matches"])
        self.assertEqual((content["cursor_start"], content["cursor_end"]), (len(code) - 2, len(code)))

    def test_inspect(self):
        self.execute_ok("inspected = [1, 2, 3]")
        msg_id = self.kc.inspect("inspected", 3)
        reply = get_reply(self.kc, msg_id)
        self.check_message(reply)
        content = reply["content"]
        self.assertEqual(content["status"], "ok")
        self.assertTrue(content["found"])
        self.assertIn("text/plain", content["data"])
        msg_id = self.kc.inspect("no_such_name_here", 3)
        content = get_reply(self.kc, msg_id)["content"]
        self.assertEqual(content["status"], "ok")
        self.assertFalse(content["found"])

    def test_is_complete(self):
        for code, status in [("x = 1", "complete"), ("for i in range(3):", "incomplete"), ("x = )", "invalid")]:
            with self.subTest(code=code):
                msg_id = self.kc.is_complete(code)
                reply = get_reply(self.kc, msg_id)
                self.check_message(reply)
                self.assertEqual(reply["content"]["status"], status)
                if status == "incomplete":
                    self.assertEqual(reply["content"]["indent"], "    ")

    def test_history_tail(self):
        self.execute_ok("hist_a = 1")
        self.execute_ok("hist_a + 1")
        msg_id = self.kc.history(hist_access_type="tail", n=2, output=False, raw=True)
        reply = get_reply(self.kc, msg_id)
        self.check_message(reply)
        history = reply["content"]["history"]
        self.assertEqual(len(history), 2)
        self.assertTrue(all(len(entry) == 3 for entry in history))
        self.assertEqual([entry[2] for entry in history], ["hist_a = 1", "hist_a + 1"])
        self.assertLess(history[0][1], history[1][1])
        msg_id = self.kc.history(hist_access_type="tail", n=1, output=True, raw=True)
        entry = get_reply(self.kc, msg_id)["content"]["history"][-1]
        self.assertEqual(entry[2][0], "hist_a + 1")
        self.assertEqual(entry[2][1], "2")

    def test_comm_info(self):
        msg_id = self.kc.comm_info()
        reply = get_reply(self.kc, msg_id)
        self.check_message(reply)
        self.assertEqual(reply["content"], {"status": "ok", "comms": {}})

    def test_comm_open_to_unknown_target_is_closed(self):
        comm_id = uuid.uuid4().hex
        msg = self.kc.session.msg("comm_open", {"comm_id": comm_id, "target_name": "no.such.target", "data": {}})
        self.kc.shell_channel.send(msg)
        msgs = iopub_until_idle(self.kc, msg["header"]["msg_id"])
        closes = [m for m in msgs if m["msg_type"] == "comm_close"]
        self.assertEqual(len(closes), 1)
        self.assertEqual(closes[0]["content"]["comm_id"], comm_id)
        # comm_msg and comm_close for an unknown comm are ignored; the kernel goes on.
        for kind in ("comm_msg", "comm_close"):
            other = self.kc.session.msg(kind, {"comm_id": "nope", "data": {}})
            self.kc.shell_channel.send(other)
            iopub_until_idle(self.kc, other["header"]["msg_id"])
        self.execute_ok("1")

    def test_unknown_message_type_is_ignored(self):
        msg = self.kc.session.msg("no_such_request", {})
        self.kc.shell_channel.send(msg)
        iopub_until_idle(self.kc, msg["header"]["msg_id"])
        self.execute_ok("1")

    def test_stdin(self):
        msg_id = self.kc.execute('name = input("name? ")\nprint("hi " + name)', allow_stdin=True)
        request = self.kc.get_stdin_msg(timeout=TIMEOUT)
        self.assertEqual(request["msg_type"], "input_request")
        self.assertEqual(request["content"]["prompt"], "name? ")
        self.assertFalse(request["content"]["password"])
        self.assertEqual(request["parent_header"]["msg_id"], msg_id)
        self.kc.input("Ada")
        reply = get_reply(self.kc, msg_id)
        self.assertEqual(reply["content"]["status"], "ok")
        outputs = iopub_until_idle(self.kc, msg_id)
        self.assertEqual(self.stdout(outputs), "hi Ada\n")

    def test_stdin_not_allowed(self):
        reply, outputs = self.execute('input("name? ")', allow_stdin=False)
        self.assertEqual(reply["content"]["status"], "error")
        self.assertEqual([m["msg_type"] for m in outputs], ["error"])
        with self.assertRaises(queue.Empty):
            self.kc.get_stdin_msg(timeout=0.2)

    def test_stop_on_error_aborts_queued_cells(self):
        ids = [self.kc.execute(code) for code in ("1 / 0", "aborted_a = 1", "aborted_b = 2")]
        statuses = [get_reply(self.kc, msg_id)["content"]["status"] for msg_id in ids]
        self.assertEqual(statuses, ["error", "aborted", "aborted"])
        for msg_id in ids:
            iopub_until_idle(self.kc, msg_id)
        time.sleep(0.2)
        _, outputs = self.execute_ok("'aborted_a' in globals()")
        self.assertEqual(outputs[0]["content"]["data"]["text/plain"], "False")

    def test_stop_on_error_false_runs_queued_cells(self):
        ids = [self.kc.execute("1 / 0", stop_on_error=False), self.kc.execute("kept = 1")]
        statuses = [get_reply(self.kc, msg_id)["content"]["status"] for msg_id in ids]
        self.assertEqual(statuses, ["error", "ok"])
        for msg_id in ids:
            iopub_until_idle(self.kc, msg_id)


class InterruptTests(KernelTestBase):
    def test_interrupt_busy_loop(self):
        msg_id = self.kc.execute("while True: pass")
        # Wait until the cell runs (execute_input), then a little longer.
        while True:
            msg = self.kc.get_iopub_msg(timeout=TIMEOUT)
            if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "execute_input":
                break
        time.sleep(0.3)
        start = time.monotonic()
        self.km.interrupt_kernel()
        reply = get_reply(self.kc, msg_id, timeout=10)
        took = time.monotonic() - start
        self.assertEqual(reply["content"]["status"], "error")
        self.assertEqual(reply["content"]["ename"], "KeyboardInterrupt")
        self.assertLess(took, 5)
        iopub_until_idle(self.kc, msg_id)
        time.sleep(0.3)
        # The kernel still works, and the heap is consistent after the interrupted cell.
        _, outputs = self.execute_ok("after_interrupt = 40 + 2\nafter_interrupt")
        self.assertEqual(outputs[-1]["content"]["data"]["text/plain"], "42")
        _, outputs = self.execute_ok("import pyheap\npyheap.audit()")
        self.assertEqual(outputs[-1]["content"]["data"]["text/plain"], "[]")

    def test_interrupt_pending_input(self):
        msg_id = self.kc.execute('input("never answered: ")', allow_stdin=True)
        request = self.kc.get_stdin_msg(timeout=TIMEOUT)
        self.assertEqual(request["msg_type"], "input_request")
        self.km.interrupt_kernel()
        reply = get_reply(self.kc, msg_id, timeout=10)
        self.assertEqual(reply["content"]["status"], "error")
        self.assertEqual(reply["content"]["ename"], "KeyboardInterrupt")
        iopub_until_idle(self.kc, msg_id)
        time.sleep(0.3)
        self.execute_ok("1")

    def test_interrupt_when_idle_is_harmless(self):
        self.km.interrupt_kernel()
        time.sleep(0.3)
        self.execute_ok("1")


class WireTests(KernelTestBase):
    """Messages a kernel must refuse: wrong signature, replayed signature, malformed frames."""

    def assert_no_reply(self, wait=1.5):
        with self.assertRaises(queue.Empty):
            self.kc.get_shell_msg(timeout=wait)

    def execute_content(self, code):
        return {"code": code, "silent": False, "store_history": True, "user_expressions": {},
                "allow_stdin": False, "stop_on_error": True}

    def test_bad_signature_is_dropped(self):
        bad = Session(key=b"wrong", username="mallory")
        msg = bad.msg("execute_request", self.execute_content("bad_signature_ran = 1"))
        bad.send(self.kc.shell_channel.socket, msg)
        self.assert_no_reply()
        _, outputs = self.execute_ok("'bad_signature_ran' in globals()")
        self.assertEqual(outputs[0]["content"]["data"]["text/plain"], "False")

    def test_replayed_signature_is_dropped(self):
        session = self.kc.session
        msg = session.msg("execute_request", self.execute_content("replayed = globals().get('replayed', 0) + 1"))
        frames = session.serialize(msg)
        self.kc.shell_channel.socket.send_multipart(frames)
        get_reply(self.kc, msg["header"]["msg_id"])
        iopub_until_idle(self.kc, msg["header"]["msg_id"])
        self.kc.shell_channel.socket.send_multipart(frames)
        self.assert_no_reply()
        _, outputs = self.execute_ok("replayed")
        self.assertEqual(outputs[0]["content"]["data"]["text/plain"], "1")

    def test_malformed_messages_do_not_kill_the_kernel(self):
        socket = self.kc.shell_channel.socket
        session = self.kc.session
        garbage = [b"{this is not json", b"{}", b"{}", b"{}"]
        # Signed correctly, so it gets past verification and fails in the JSON parser.
        socket.send_multipart([b"<IDS|MSG>", session.sign(garbage)] + garbage)
        socket.send_multipart([b"no delimiter at all"])
        socket.send_multipart([b"<IDS|MSG>", b"", b"{}"])
        header_without_type = [b'{"msg_id": "x1"}', b"{}", b"{}", b"{}"]
        socket.send_multipart([b"<IDS|MSG>", session.sign(header_without_type)] + header_without_type)
        # A well-formed request whose content lacks a required field gets an error reply, not a crash.
        missing = session.msg("execute_request", {"silent": False})
        session.send(socket, missing)
        reply = get_reply(self.kc, missing["header"]["msg_id"])
        self.assertEqual(reply["content"]["status"], "error")
        time.sleep(0.2)
        self.execute_ok("1")
        msg_id = self.kc.kernel_info()
        self.assertEqual(get_reply(self.kc, msg_id)["content"]["status"], "ok")


class LifecycleTests(unittest.TestCase):
    """Restart and shutdown each use a kernel of their own."""

    def test_restart_forgets_state(self):
        km, kc = start_new_kernel(kernel_name=fx.KERNEL_NAME, startup_timeout=60)
        try:
            msg_id = kc.execute("secret = 42")
            self.assertEqual(get_reply(kc, msg_id)["content"]["status"], "ok")
            old_pid = km.provisioner.process.pid if km.provisioner else None
            km.restart_kernel(now=False)
            kc.wait_for_ready(timeout=60)
            if old_pid is not None:
                self.assertNotEqual(km.provisioner.process.pid, old_pid)
            msg_id = kc.execute("secret")
            reply = get_reply(kc, msg_id)
            self.assertEqual(reply["content"]["status"], "error")
            self.assertEqual(reply["content"]["ename"], "NameError")
        finally:
            kc.stop_channels()
            km.shutdown_kernel(now=True)

    def test_history_survives_a_restart(self):
        km, kc = start_new_kernel(kernel_name=fx.KERNEL_NAME, startup_timeout=60)
        try:
            msg_id = kc.execute("before_restart = 'kept in the history file'")
            self.assertEqual(get_reply(kc, msg_id)["content"]["status"], "ok")
            km.restart_kernel(now=False)
            kc.wait_for_ready(timeout=60)
            msg_id = kc.execute("after_restart = 1")
            self.assertEqual(get_reply(kc, msg_id)["content"]["status"], "ok")
            msg_id = kc.history(hist_access_type="tail", n=2, output=False, raw=True)
            history = get_reply(kc, msg_id)["content"]["history"]
            self.assertEqual([entry[2] for entry in history], ["before_restart = 'kept in the history file'", "after_restart = 1"])
            self.assertLess(history[0][0], history[1][0], "the restarted kernel is a later session")
        finally:
            kc.stop_channels()
            km.shutdown_kernel(now=True)

    def test_shutdown_on_control(self):
        km, kc = start_new_kernel(kernel_name=fx.KERNEL_NAME, startup_timeout=60)
        try:
            msg = kc.session.msg("shutdown_request", {"restart": False})
            kc.control_channel.send(msg)
            reply = get_reply(kc, msg["header"]["msg_id"], channel="control")
            self.assertEqual(reply["content"], {"status": "ok", "restart": False})
            self.assertTrue(self.exits(km), "the kernel process did not exit after shutdown_reply")
        finally:
            kc.stop_channels()
            km.shutdown_kernel(now=True)

    def test_shutdown_on_shell(self):
        km, kc = start_new_kernel(kernel_name=fx.KERNEL_NAME, startup_timeout=60)
        try:
            msg = kc.session.msg("shutdown_request", {"restart": True})
            kc.shell_channel.send(msg)
            reply = get_reply(kc, msg["header"]["msg_id"])
            self.assertEqual(reply["content"], {"status": "ok", "restart": True})
            self.assertTrue(self.exits(km), "the kernel process did not exit after shutdown_reply")
        finally:
            kc.stop_channels()
            km.shutdown_kernel(now=True)

    def test_shutdown_while_busy(self):
        km, kc = start_new_kernel(kernel_name=fx.KERNEL_NAME, startup_timeout=60)
        try:
            kc.execute("while True: pass")
            time.sleep(0.5)
            msg = kc.session.msg("shutdown_request", {"restart": False})
            kc.control_channel.send(msg)
            reply = get_reply(kc, msg["header"]["msg_id"], channel="control")
            self.assertEqual(reply["content"]["status"], "ok")
            self.assertTrue(self.exits(km), "the kernel process did not exit after shutdown_reply")
        finally:
            kc.stop_channels()
            km.shutdown_kernel(now=True)

    @staticmethod
    def exits(km, within=5.0):
        deadline = time.monotonic() + within
        while time.monotonic() < deadline:
            if not km.is_alive():
                return True
            time.sleep(0.05)
        return False


if __name__ == "__main__":
    unittest.main(verbosity=2)
