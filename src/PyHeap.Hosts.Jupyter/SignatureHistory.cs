using System.Text;

namespace PyHeap.Hosts.Jupyter;

/// <summary>
/// Remembers the signatures already accepted so a replayed message is refused, as jupyter_client's Session does
/// ("Duplicate Signature"). Bounded like jupyter_client's digest_history (2^16 entries): the oldest are forgotten.
/// </summary>
internal sealed class SignatureHistory(int capacity = 1 << 16)
{
    private readonly HashSet<string> _seen = [];
    private readonly Queue<string> _order = new();
    private readonly object _gate = new();

    /// <summary>Records the signature; false when it was seen before.</summary>
    public bool TryAdd(ReadOnlySpan<byte> signature)
    {
        if (signature.IsEmpty) return true; // signing is off: nothing to compare
        var key = Encoding.ASCII.GetString(signature);
        lock (_gate)
        {
            if (!_seen.Add(key)) return false;
            _order.Enqueue(key);
            if (_order.Count > capacity) _seen.Remove(_order.Dequeue());
            return true;
        }
    }
}
