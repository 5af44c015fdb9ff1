namespace PyHeap.Visuals.Dis;

/// <summary>
/// What an instruction does to reference counts: <see cref="Effect"/> is the short badge ("+1", "−2 +1", "move",
/// "0"), <see cref="Text"/> the sentence. Both may hold the placeholders {name}, {argrepr}, {arg}, {arg2} (arg + 2)
/// and {null}, filled in by <see cref="ReferenceNotes.For"/>.
/// </summary>
public sealed record ReferenceNote(string Effect, string Text);
