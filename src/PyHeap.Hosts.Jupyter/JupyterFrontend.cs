using System.Text.Json.Nodes;
using PyHeap.Kernel;

namespace PyHeap.Hosts.Jupyter;

/// <summary>
/// What one execute_request's cell writes, turned into iopub messages whose parent is that request. Called on
/// the session's interpreter thread; <see cref="MessageSender"/> encodes here and queues for the socket thread.
/// </summary>
internal sealed class JupyterFrontend(MessageSender sender, JupyterMessage request, InputBroker input, bool allowStdin, CancellationToken stopping) : IKernelFrontend
{
    public void Stream(string name, string text)
    {
        if (text.Length == 0) return;
        sender.Publish(request, "stream", new JsonObject { ["name"] = name, ["text"] = text });
    }

    public void DisplayData(DisplayBundle bundle, bool update)
    {
        var content = BundleContent(bundle);
        // Jupyter puts display_id under "transient": it steers the front end and is not saved in the notebook.
        if (bundle.DisplayId is not null) content["transient"] = new JsonObject { ["display_id"] = bundle.DisplayId };
        else if (update) content["transient"] = new JsonObject(); // update_display_data requires the key
        sender.Publish(request, update ? "update_display_data" : "display_data", content);
    }

    public void ClearOutput(bool wait) => sender.Publish(request, "clear_output", new JsonObject { ["wait"] = wait });

    public string? RequestInput(string prompt, bool password, CancellationToken cancel)
    {
        if (!allowStdin) return null;
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancel, stopping);
        return input.Ask(
            () => sender.SendStdin(request, "input_request", new JsonObject { ["prompt"] = prompt, ["password"] = password }),
            linked.Token);
    }

    /// <summary>data and metadata of a bundle, copied: the session's JSON nodes must not gain a second parent.</summary>
    public static JsonObject BundleContent(DisplayBundle bundle) => new()
    {
        ["data"] = bundle.Data.DeepClone(),
        ["metadata"] = bundle.Metadata.DeepClone(),
    };
}
