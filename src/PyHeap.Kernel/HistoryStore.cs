using System.Text.RegularExpressions;

namespace PyHeap.Kernel;

/// <summary>
/// The session's input history for history_request (IPython's HistoryManager, kept in memory: a restarted
/// kernel starts a fresh history, where IPython's survives in its SQLite file).
/// </summary>
internal sealed class HistoryStore(int session)
{
    private readonly List<HistoryEntry> entries = [];

    public void Add(int line, string input) => entries.Add(new HistoryEntry(session, line, input, null));

    public void SetOutput(int line, string output)
    {
        var i = entries.FindLastIndex(e => e.Line == line);
        if (i >= 0) entries[i] = entries[i] with { Output = output };
    }

    public IReadOnlyList<HistoryEntry> Query(HistoryRequest request)
    {
        IEnumerable<HistoryEntry> result = request.AccessType switch
        {
            "tail" => entries.TakeLast(request.N ?? 10),
            "range" => entries.Where(e => (request.Session <= 0 || e.Session == request.Session)
                && e.Line >= request.Start && (request.Stop is null || e.Line < request.Stop)),
            "search" => Search(request),
            _ => [],
        };
        return result.Select(e => request.Output ? e : e with { Output = null }).ToList();
    }

    private IEnumerable<HistoryEntry> Search(HistoryRequest request)
    {
        var glob = "^" + Regex.Escape(request.Pattern ?? "*").Replace("\\*", ".*").Replace("\\?", ".") + "$";
        var matcher = new Regex(glob, RegexOptions.Singleline);
        IEnumerable<HistoryEntry> found = entries.Where(e => matcher.IsMatch(e.Input));
        if (request.Unique) found = found.Reverse().DistinctBy(e => e.Input).Reverse();
        return request.N is { } n ? found.TakeLast(n) : found;
    }
}
