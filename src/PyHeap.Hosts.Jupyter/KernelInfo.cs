using System.Text.Json.Nodes;
using PyHeap.Kernel;

namespace PyHeap.Hosts.Jupyter;

/// <summary>
/// kernel_info_reply's content. The language is Python 3.11 as IPython describes it, so front ends pick
/// IPython's syntax highlighting and the ".py" exporter; the implementation is pyheap.
/// </summary>
internal static class KernelInfo
{
    public static JsonObject Content(string banner) => new()
    {
        ["status"] = "ok",
        ["protocol_version"] = MessageHeader.ProtocolVersion,
        ["implementation"] = "pyheap",
        ["implementation_version"] = KernelSession.ImplementationVersion,
        ["language_info"] = new JsonObject
        {
            ["name"] = "python",
            ["version"] = "3.11",
            ["mimetype"] = "text/x-python",
            ["file_extension"] = ".py",
            ["pygments_lexer"] = "ipython3",
            ["codemirror_mode"] = new JsonObject { ["name"] = "ipython", ["version"] = 3 },
            ["nbconvert_exporter"] = "python",
        },
        ["banner"] = banner,
        ["help_links"] = new JsonArray(),
        // JupyterLab asks whether to show its debugger panel; this kernel has no debug adapter.
        ["debugger"] = false,
    };
}
