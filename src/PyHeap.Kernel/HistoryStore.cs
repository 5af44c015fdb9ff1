using System.Text.Json;
using System.Text.RegularExpressions;

namespace PyHeap.Kernel;

/// <summary>
/// The input history for history_request (IPython's HistoryManager). With a file, the inputs of earlier sessions
/// are read from it and each new input is appended (one JSON object per line), so a restarted kernel still offers
/// them, as IPython's SQLite file does; this session numbers itself one past the last session in the file. The
/// file is the kernel's, never user code's; if it cannot be read or written the history stays in memory.
/// </summary>
internal sealed class HistoryStore
{
    private readonly List<HistoryEntry> entries = [];
    private readonly string? file;

    public HistoryStore(int session, string? file = null)
    {
        this.file = file;
        Session = session;
        if (file is null) return;
        foreach (var entry in Load(file)) entries.Add(entry);
        if (entries.Count > 0) Session = Math.Max(session, entries.Max(e => e.Session) + 1);
    }

    /// <summary>This session's number.</summary>
    public int Session { get; }

    public void Add(int line, string input)
    {
        entries.Add(new HistoryEntry(Session, line, input, null));
        if (file is null) return;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
            var record = JsonSerializer.Serialize(new StoredEntry(Session, line, input));
            File.AppendAllText(file, record + "\n");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // History is a convenience: an unwritable file must not fail the cell.
        }
    }

    public void SetOutput(int line, string output)
    {
        var i = entries.FindLastIndex(e => e.Session == Session && e.Line == line);
        if (i >= 0) entries[i] = entries[i] with { Output = output };
    }

    public IReadOnlyList<HistoryEntry> Query(HistoryRequest request)
    {
        IEnumerable<HistoryEntry> result = request.AccessType switch
        {
            "tail" => entries.TakeLast(request.N ?? 10),
            "range" => Range(request),
            "search" => Search(request),
            _ => [],
        };
        return result.Select(e => request.Output ? e : e with { Output = null }).ToList();
    }

    /// <summary>IPython's get_range: session 0 is this one, a negative session counts back from it.</summary>
    private IEnumerable<HistoryEntry> Range(HistoryRequest request)
    {
        var session = request.Session > 0 ? request.Session : Session + request.Session;
        return entries.Where(e => e.Session == session && e.Line >= request.Start && (request.Stop is null || e.Line < request.Stop));
    }

    private IEnumerable<HistoryEntry> Search(HistoryRequest request)
    {
        var glob = "^" + Regex.Escape(request.Pattern ?? "*").Replace("\\*", ".*").Replace("\\?", ".") + "$";
        var matcher = new Regex(glob, RegexOptions.Singleline);
        IEnumerable<HistoryEntry> found = entries.Where(e => matcher.IsMatch(e.Input));
        if (request.Unique) found = found.Reverse().DistinctBy(e => e.Input).Reverse();
        return request.N is { } n ? found.TakeLast(n) : found;
    }

    private static List<HistoryEntry> Load(string file)
    {
        var loaded = new List<HistoryEntry>();
        try
        {
            if (!File.Exists(file)) return loaded;
            foreach (var text in File.ReadLines(file))
            {
                try
                {
                    if (JsonSerializer.Deserialize<StoredEntry>(text) is { Input: not null } e) loaded.Add(new HistoryEntry(e.Session, e.Line, e.Input, null));
                }
                catch (JsonException)
                {
                    // A torn or foreign line (another kernel was writing): skip it.
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
        return loaded;
    }

    private sealed record StoredEntry(int Session, int Line, string Input);
}
