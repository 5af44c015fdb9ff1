using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PyHeap.Cli;

/// <summary>
/// <c>pyheap install [--user | --prefix P | --sys-prefix]</c>: writes the <c>pyheap</c> kernel spec (kernel.json
/// and logos) where Jupyter looks for kernels, with an argv that starts this very build, so a notebook server
/// started later finds and runs it without a <c>pyheap</c> on its PATH.
/// </summary>
internal static class InstallCommand
{
    public const string DisplayName = "PyHeap (simulated CPython 3.11)";

    public static Command Create()
    {
        var user = new Option<bool>("--user") { Description = "install for this user: ~/.local/share/jupyter/kernels/pyheap (the default)" };
        var prefix = new Option<string?>("--prefix") { Description = "install into PREFIX/share/jupyter/kernels/pyheap (e.g. /usr/local)" };
        var sysPrefix = new Option<bool>("--sys-prefix") { Description = "install into the prefix of the `jupyter` found on PATH (/usr for /usr/bin/jupyter)" };
        var command = new Command("install", "Install the pyheap Jupyter kernel spec") { user, prefix, sysPrefix };
        command.SetAction(parse => Install(parse.GetValue(user), parse.GetValue(prefix), parse.GetValue(sysPrefix)));
        return command;
    }

    private static int Install(bool user, string? prefix, bool sysPrefix)
    {
        if ((user ? 1 : 0) + (prefix is null ? 0 : 1) + (sysPrefix ? 1 : 0) > 1)
        {
            Console.Error.WriteLine("pyheap install: give at most one of --user, --prefix, --sys-prefix");
            return 2;
        }
        string dataDir;
        if (prefix is not null) dataDir = Path.Combine(Path.GetFullPath(prefix), "share", "jupyter");
        else if (sysPrefix)
        {
            var jupyter = FindOnPath("jupyter");
            if (jupyter is null)
            {
                Console.Error.WriteLine("pyheap install --sys-prefix: no `jupyter` on PATH; use --prefix");
                return 2;
            }
            dataDir = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(jupyter)!)!, "share", "jupyter");
        }
        else dataDir = UserDataDir();

        var target = Path.Combine(dataDir, "kernels", "pyheap");
        try
        {
            Directory.CreateDirectory(target);
            File.WriteAllText(Path.Combine(target, "kernel.json"), KernelJson().ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
            foreach (var logo in new[] { "logo-32x32.png", "logo-64x64.png" })
            {
                using var resource = typeof(Program).Assembly.GetManifestResourceStream("kernelspec." + logo)
                    ?? throw new InvalidOperationException($"{logo} is not embedded in this build");
                using var file = File.Create(Path.Combine(target, logo));
                resource.CopyTo(file);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"pyheap install: cannot write {target}: {e.Message}");
            return 1;
        }
        Console.WriteLine($"Installed kernel spec pyheap in {target}");
        return 0;
    }

    /// <summary>
    /// The spec's argv starts this build: under <c>dotnet pyheap.dll</c> that is the dotnet host and the dll; under
    /// the <c>pyheap</c> app host, the app host alone. Absolute paths, because a notebook server's PATH and
    /// working directory are not ours.
    /// </summary>
    public static JsonObject KernelJson()
    {
        var process = Environment.ProcessPath ?? "dotnet";
        var argv = new JsonArray(process);
        if (Path.GetFileNameWithoutExtension(process).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            argv.Add(Path.GetFullPath(typeof(Program).Assembly.Location));
        }
        foreach (var arg in new[] { "jupyter", "--connection-file", "{connection_file}" }) argv.Add(arg);
        return new JsonObject
        {
            ["argv"] = argv,
            ["display_name"] = DisplayName,
            ["language"] = "python",
            ["interrupt_mode"] = "message",
            ["metadata"] = new JsonObject(),
        };
    }

    /// <summary>jupyter_core's user data dir on Linux: $JUPYTER_DATA_DIR, else $XDG_DATA_HOME/jupyter, else ~/.local/share/jupyter.</summary>
    private static string UserDataDir()
    {
        if (Environment.GetEnvironmentVariable("JUPYTER_DATA_DIR") is { Length: > 0 } explicitDir) return explicitDir;
        var xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return Path.Combine(string.IsNullOrEmpty(xdg) ? Path.Combine(home, ".local", "share") : xdg, "jupyter");
    }

    private static string? FindOnPath(string name)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, name);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
