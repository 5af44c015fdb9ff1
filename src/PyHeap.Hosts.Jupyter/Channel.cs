namespace PyHeap.Hosts.Jupyter;

/// <summary>The four message channels a kernel owns (the heartbeat only echoes bytes and has its own thread).</summary>
public enum Channel
{
    Shell,
    Control,
    IOPub,
    Stdin,
}
