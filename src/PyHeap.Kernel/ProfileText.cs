using PyHeap.Runtime.Memory;

namespace PyHeap.Kernel;

/// <summary>How a memory profile is named to the user.</summary>
internal static class ProfileText
{
    public static string Name(MemoryProfile profile) => ReferenceEquals(profile, MemoryProfile.Classic) ? "classic" : "3.11";

    public static string Describe(MemoryProfile profile) =>
        $"memory profile {Name(profile)}: {profile.ArenaSize / 1024} KiB arenas, {profile.PoolSize / 1024} KiB pools, "
        + $"{profile.Alignment}-byte alignment, size classes up to {profile.SmallRequestThreshold} bytes";
}
