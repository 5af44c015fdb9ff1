using System.Text.Json.Nodes;
using PyHeap.Kernel;

namespace PyHeap.Hosts.Jupyter;

/// <summary>
/// Answers one shell or control request at a time. Every request is wrapped in status busy / idle on iopub with
/// the request as parent (jupyter_client's wait_for_ready needs that even for kernel_info), and no exception
/// escapes: a handler that fails is logged and, for a *_request, answered with an error reply.
/// </summary>
internal sealed partial class RequestDispatcher(KernelSession session, MessageSender sender, InputBroker input, CancellationToken stopping)
{
    /// <summary>
    /// The banner as the shell thread last read it. kernel_info on the control channel may come while a cell
    /// runs, and the session is used by one thread at a time, so control answers from this copy.
    /// </summary>
    private volatile string _banner = session.Banner;

    public RequestOutcome Handle(Channel channel, JupyterMessage request)
    {
        KernelLog.Info($"{channel}: {request.MsgType} {request.Header.MsgId}");
        sender.Status(request, "busy");
        try
        {
            return Dispatch(channel, request);
        }
        catch (Exception e)
        {
            KernelLog.Error($"{channel}: {request.MsgType} failed: {e}");
            if (request.MsgType.EndsWith("_request", StringComparison.Ordinal)) ReplyError(channel, request, e);
            return RequestOutcome.Continue;
        }
        finally
        {
            sender.Status(request, "idle");
        }
    }

    /// <summary>
    /// Answers a request with status "aborted" without running it (stop_on_error), as ipykernel's
    /// _send_abort_reply does: busy, the reply, idle.
    /// </summary>
    public void Abort(Channel channel, JupyterMessage request)
    {
        KernelLog.Info($"{channel}: aborting {request.MsgType} {request.Header.MsgId}");
        sender.Status(request, "busy");
        try
        {
            sender.Reply(channel, request, ReplyType(request.MsgType), new JsonObject { ["status"] = "aborted" },
                new JsonObject { ["status"] = "aborted", ["engine"] = sender.SessionId });
        }
        finally
        {
            sender.Status(request, "idle");
        }
    }

    private RequestOutcome Dispatch(Channel channel, JupyterMessage request)
    {
        var content = request.Content;
        switch (request.MsgType)
        {
            case "kernel_info_request":
                if (channel == Channel.Shell) _banner = session.Banner;
                sender.Reply(channel, request, "kernel_info_reply", KernelInfo.Content(_banner));
                return RequestOutcome.Continue;
            case "execute_request" when channel == Channel.Shell:
                return Execute(request);
            case "complete_request":
                Complete(channel, request);
                return RequestOutcome.Continue;
            case "inspect_request":
                Inspect(channel, request);
                return RequestOutcome.Continue;
            case "is_complete_request":
                var isComplete = session.IsComplete(ContentReader.RequireString(content, "code"));
                var isCompleteReply = new JsonObject { ["status"] = isComplete.Status };
                if (isComplete.Status == "incomplete") isCompleteReply["indent"] = isComplete.Indent;
                sender.Reply(channel, request, "is_complete_reply", isCompleteReply);
                return RequestOutcome.Continue;
            case "history_request":
                History(channel, request);
                return RequestOutcome.Continue;
            case "comm_info_request":
                // No comm targets are registered, so there are no open comms to list.
                sender.Reply(channel, request, "comm_info_reply", new JsonObject { ["status"] = "ok", ["comms"] = new JsonObject() });
                return RequestOutcome.Continue;
            case "comm_open":
                // ipykernel closes a comm whose target is not registered, so the front end does not wait on it.
                var commId = ContentReader.GetString(content, "comm_id") ?? "";
                KernelLog.Info($"comm_open to unregistered target '{ContentReader.GetString(content, "target_name")}': closing {commId}");
                sender.Publish(request, "comm_close", new JsonObject { ["comm_id"] = commId, ["data"] = new JsonObject() });
                return RequestOutcome.Continue;
            case "comm_msg":
            case "comm_close":
                KernelLog.Info($"{request.MsgType} for unknown comm '{ContentReader.GetString(content, "comm_id")}' ignored");
                return RequestOutcome.Continue;
            case "interrupt_request" when channel == Channel.Control:
                session.Interrupt();
                sender.Reply(channel, request, "interrupt_reply", new JsonObject { ["status"] = "ok" });
                return RequestOutcome.Continue;
            case "shutdown_request":
                var restart = ContentReader.GetBool(content, "restart", false);
                var reply = new JsonObject { ["status"] = "ok", ["restart"] = restart };
                sender.Reply(channel, request, "shutdown_reply", reply);
                // ipykernel broadcasts the same content on iopub so every client learns the kernel is going.
                sender.Publish(request, "shutdown_reply", new JsonObject { ["status"] = "ok", ["restart"] = restart });
                return RequestOutcome.Shutdown;
            default:
                KernelLog.Error($"{channel}: unknown message type '{request.MsgType}' ignored");
                return RequestOutcome.Continue;
        }
    }

    private void Complete(Channel channel, JupyterMessage request)
    {
        var code = ContentReader.RequireString(request.Content, "code");
        var cursor = CodePoints.ToUtf16Index(code, ContentReader.GetInt(request.Content, "cursor_pos") ?? int.MaxValue);
        var result = session.Complete(code, cursor);
        var matches = new JsonArray();
        foreach (var match in result.Matches) matches.Add(match);
        sender.Reply(channel, request, "complete_reply", new JsonObject
        {
            ["status"] = "ok",
            ["matches"] = matches,
            ["cursor_start"] = CodePoints.FromUtf16Index(code, result.CursorStart),
            ["cursor_end"] = CodePoints.FromUtf16Index(code, result.CursorEnd),
            ["metadata"] = new JsonObject(),
        });
    }

    private void Inspect(Channel channel, JupyterMessage request)
    {
        var code = ContentReader.RequireString(request.Content, "code");
        var cursor = CodePoints.ToUtf16Index(code, ContentReader.GetInt(request.Content, "cursor_pos") ?? int.MaxValue);
        var result = session.Inspect(code, cursor, ContentReader.GetInt(request.Content, "detail_level") ?? 0);
        var reply = result.Found && result.Bundle is { } bundle
            ? JupyterFrontend.BundleContent(bundle)
            : new JsonObject { ["data"] = new JsonObject(), ["metadata"] = new JsonObject() };
        reply["status"] = "ok";
        reply["found"] = result.Found;
        sender.Reply(channel, request, "inspect_reply", reply);
    }

    private void History(Channel channel, JupyterMessage request)
    {
        var content = request.Content;
        var output = ContentReader.GetBool(content, "output", false);
        var entries = session.History(new HistoryRequest(ContentReader.GetString(content, "hist_access_type") ?? "tail")
        {
            Output = output,
            N = ContentReader.GetInt(content, "n"),
            Session = ContentReader.GetInt(content, "session") ?? 0,
            Start = ContentReader.GetInt(content, "start") ?? 0,
            Stop = ContentReader.GetInt(content, "stop"),
            Pattern = ContentReader.GetString(content, "pattern"),
            Unique = ContentReader.GetBool(content, "unique", false),
        });
        var history = new JsonArray();
        foreach (var entry in entries)
        {
            // [session, line, input], or [session, line, [input, output]] when outputs were asked for.
            JsonNode? item = output ? new JsonArray(entry.Input, entry.Output) : JsonValue.Create(entry.Input);
            history.Add(new JsonArray(entry.Session, entry.Line, item));
        }
        sender.Reply(channel, request, "history_reply", new JsonObject { ["status"] = "ok", ["history"] = history });
    }

    private void ReplyError(Channel channel, JupyterMessage request, Exception e)
    {
        try
        {
            var content = new JsonObject
            {
                ["status"] = "error",
                ["ename"] = e.GetType().Name,
                ["evalue"] = e.Message,
                ["traceback"] = new JsonArray($"{e.GetType().Name}: {e.Message}"),
            };
            // execute_reply's schema requires execution_count even for an error.
            if (request.MsgType == "execute_request" && channel == Channel.Shell) content["execution_count"] = session.ExecutionCount;
            sender.Reply(channel, request, ReplyType(request.MsgType), content);
        }
        catch (Exception inner)
        {
            KernelLog.Error($"{channel}: could not send the error reply: {inner.Message}");
        }
    }

    private static string ReplyType(string requestType) =>
        (requestType.EndsWith("_request", StringComparison.Ordinal) ? requestType[..^"_request".Length] : requestType) + "_reply";
}
