using System.Text.Json.Nodes;
using PyHeap.Kernel;

namespace PyHeap.Hosts.Jupyter;

internal sealed partial class RequestDispatcher
{
    /// <summary>
    /// execute_request: execute_input, the cell's output (sent by the session through <see cref="JupyterFrontend"/>
    /// while it runs), execute_result or error, then execute_reply. A failed cell asks the shell worker to abort
    /// the cells queued behind it unless the request said stop_on_error false (or was silent), as ipykernel does.
    /// </summary>
    private RequestOutcome Execute(JupyterMessage request)
    {
        var content = request.Content;
        var code = ContentReader.RequireString(content, "code");
        var silent = ContentReader.GetBool(content, "silent", false);
        var storeHistory = ContentReader.GetBool(content, "store_history", !silent);
        // The spec's default for allow_stdin is true; jupyter_client always sends it.
        var allowStdin = ContentReader.GetBool(content, "allow_stdin", true);
        var stopOnError = ContentReader.GetBool(content, "stop_on_error", true);
        var expressions = new Dictionary<string, string>();
        if (content["user_expressions"] is JsonObject userExpressions)
        {
            foreach (var (name, node) in userExpressions)
            {
                if (node is JsonValue text && text.TryGetValue<string>(out var expression)) expressions[name] = expression;
            }
        }

        var started = MessageSender.Now();
        if (!silent) sender.Publish(request, "execute_input", new JsonObject { ["code"] = code, ["execution_count"] = session.ExecutionCount });
        var frontend = new JupyterFrontend(sender, request, input, allowStdin, stopping);
        var result = session.Execute(new ExecuteRequest(code)
        {
            Silent = silent,
            StoreHistory = storeHistory,
            AllowStdin = allowStdin,
            UserExpressions = expressions,
        }, frontend);
        _banner = session.Banner; // %profile may have changed it

        if (result.Result is { } value && !silent)
        {
            var executeResult = JupyterFrontend.BundleContent(value);
            executeResult["execution_count"] = result.ExecutionCount;
            sender.Publish(request, "execute_result", executeResult);
        }
        var reply = new JsonObject { ["execution_count"] = result.ExecutionCount };
        var ok = result.Status == ExecuteStatus.Ok;
        if (ok)
        {
            reply["status"] = "ok";
            reply["payload"] = new JsonArray();
        }
        else
        {
            var error = new JsonObject
            {
                ["ename"] = result.ErrorName ?? "Error",
                ["evalue"] = result.ErrorValue ?? "",
                ["traceback"] = Lines(result.Traceback),
            };
            if (!silent) sender.Publish(request, "error", (JsonObject)error.DeepClone());
            reply["status"] = "error";
            foreach (var (key, node) in error) reply[key] = node?.DeepClone();
            reply["payload"] = new JsonArray();
        }
        reply["user_expressions"] = UserExpressions(result.UserExpressions);
        sender.Reply(Channel.Shell, request, "execute_reply", reply, new JsonObject
        {
            ["started"] = started,
            ["dependencies_met"] = true,
            ["engine"] = sender.SessionId,
            ["status"] = ok ? "ok" : "error",
        });
        return !ok && stopOnError && !silent ? RequestOutcome.AbortQueued : RequestOutcome.Continue;
    }

    /// <summary>user_expressions in execute_reply: per name, a bundle with status ok, or the error it raised.</summary>
    private static JsonObject UserExpressions(IReadOnlyDictionary<string, UserExpressionResult> results)
    {
        var json = new JsonObject();
        foreach (var (name, result) in results)
        {
            if (result.ErrorName is null)
            {
                var ok = result.Value is { } bundle
                    ? JupyterFrontend.BundleContent(bundle)
                    : new JsonObject { ["data"] = new JsonObject(), ["metadata"] = new JsonObject() };
                ok["status"] = "ok";
                json[name] = ok;
            }
            else
            {
                json[name] = new JsonObject
                {
                    ["status"] = "error",
                    ["ename"] = result.ErrorName,
                    ["evalue"] = result.ErrorValue ?? "",
                    ["traceback"] = Lines(result.Traceback ?? []),
                };
            }
        }
        return json;
    }

    private static JsonArray Lines(IReadOnlyList<string> lines)
    {
        var array = new JsonArray();
        foreach (var line in lines) array.Add(line);
        return array;
    }
}
