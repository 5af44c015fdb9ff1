using System.CommandLine;
using System.CommandLine.Invocation;
using PyHeap.Kernel;

namespace PyHeap.Cli;

/// <summary>
/// <c>pyheap --version</c> prints the version kernel_info reports as implementation_version, so the two never
/// disagree (System.CommandLine's default would print the Cli assembly's informational version, with a commit hash).
/// </summary>
internal sealed class VersionAction : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        parseResult.InvocationConfiguration.Output.WriteLine(KernelSession.ImplementationVersion);
        return 0;
    }
}
