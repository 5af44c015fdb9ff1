namespace PyHeap.Kernel;

/// <summary>
/// What a host gives the session for one request: where output goes while a cell runs. The session calls
/// these on its interpreter thread, in order, while <see cref="KernelSession.Execute"/> runs; a host that owns
/// sockets marshals them to its own thread.
/// </summary>
public interface IKernelFrontend
{
    /// <summary>Text written to stdout or stderr (<paramref name="name"/> is "stdout" or "stderr"), in chunks, as the cell runs.</summary>
    void Stream(string name, string text);

    /// <summary><c>display(obj)</c> (<paramref name="update"/> false: display_data) or <c>update_display(obj, display_id=…)</c> (true: update_display_data).</summary>
    void DisplayData(DisplayBundle bundle, bool update);

    /// <summary><c>clear_output(wait)</c>.</summary>
    void ClearOutput(bool wait);

    /// <summary>
    /// <c>input(prompt)</c> when the client allows stdin: asks the client and blocks until it answers. Returns null
    /// when <paramref name="cancel"/> fires first (an interrupt) or the client cannot answer.
    /// </summary>
    string? RequestInput(string prompt, bool password, CancellationToken cancel);
}
