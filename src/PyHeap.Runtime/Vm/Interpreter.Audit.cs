using PyHeap.Runtime.Diagnostics;

namespace PyHeap.Runtime.Vm;

public sealed partial class Interpreter
{
    /// <summary>Runs the heap audit (DESIGN.md) on this interpreter's heap.</summary>
    public AuditResult Audit()
    {
        using (Enter())
        {
            return HeapAudit.Run(this);
        }
    }
}
