using Spectre.Console.Testing;

namespace Analyzer.Tests.Cli;

/// <summary>
/// Scripted answers for <c>analyzer new</c>, pushed as keys into an interactive <see cref="TestConsole"/>. Positions
/// follow the questionnaire's lists: "don't know" is always first, so Enter alone answers it; multiple-choice lists
/// then offer "none" and the values (and "other" last in open lists); entity choices list the entities entered so far.
/// </summary>
internal sealed class Keystrokes
{
    public TestConsole Console { get; } = new TestConsole().Interactive().Width(100).Height(40);

    /// <summary>Types an answer and presses Enter.</summary>
    public Keystrokes Type(string text)
    {
        foreach (var c in text)
        {
            // A terminal reports a character outside Latin-1 (Chinese, full-width punctuation) with no key code of its own;
            // Spectre's PushCharacter would cast it to a ConsoleKey, which cannot exceed 255.
            Console.Input.PushKey(new ConsoleKeyInfo(c, c < 256 ? (ConsoleKey)c : 0, false, false, false));
        }
        return Skip();
    }

    /// <summary>Enter alone: "don't know" in every kind of question, and "done" after an entity or a decision.</summary>
    public Keystrokes Skip(int times = 1)
    {
        for (var i = 0; i < times; i++)
        {
            Console.Input.PushKey(ConsoleKey.Enter);
        }
        return this;
    }

    /// <summary>Moves down to the item at <paramref name="position"/> of a single-choice list and chooses it.</summary>
    public Keystrokes Pick(int position)
    {
        Down(position);
        return Skip();
    }

    /// <summary>One value of an enumeration (after "don't know").</summary>
    public Keystrokes Choose(IReadOnlyList<string> values, string value) => Pick(1 + Position(values, value));

    public Keystrokes Yes() => Pick(1);

    public Keystrokes No() => Pick(2);

    /// <summary>"add" at the start of the entities or the decisions; <see cref="NoneAtAll"/> states none.</summary>
    public Keystrokes Add() => Pick(1);

    public Keystrokes NoneAtAll() => Pick(2);

    /// <summary>"add another" after an entity or a decision.</summary>
    public Keystrokes Another() => Pick(1);

    /// <summary>The entity entered <paramref name="index"/>-th (from 0), in a single choice.</summary>
    public Keystrokes PickEntity(int index) => Pick(1 + index);

    /// <summary>Entities by the order they were entered (from 0), in a multiple choice.</summary>
    public Keystrokes TickEntities(params int[] indexes) => Tick([.. indexes.Select(i => 2 + i)]);

    /// <summary>Ticks items of a multiple-choice list by position and accepts.</summary>
    public Keystrokes Tick(params int[] positions)
    {
        var at = 0;
        foreach (var position in positions.Order())
        {
            Down(position - at);
            at = position;
            Console.Input.PushKey(ConsoleKey.Spacebar);
        }
        return Skip();
    }

    /// <summary>Ticks values of a multiple-choice list (after "don't know" and "none").</summary>
    public Keystrokes TickValues(IReadOnlyList<string> values, params string[] ticked) =>
        Tick([.. ticked.Select(v => 2 + Position(values, v))]);

    /// <summary>Ticks "none" (an empty list).</summary>
    public Keystrokes TickNone() => Tick(1);

    /// <summary>Ticks "other" at the end of an open list, then types the other entries.</summary>
    public Keystrokes TickOther(IReadOnlyList<string> values, string typed, params string[] ticked)
    {
        Tick([.. ticked.Select(v => 2 + Position(values, v)), 2 + values.Count]);
        return Type(typed);
    }

    private void Down(int steps)
    {
        for (var i = 0; i < steps; i++)
        {
            Console.Input.PushKey(ConsoleKey.DownArrow);
        }
    }

    private static int Position(IReadOnlyList<string> values, string value)
    {
        var index = values.ToList().IndexOf(value);
        Assert.True(index >= 0, $"'{value}' is not offered");
        return index;
    }
}
