using System.Globalization;
using Analyzer.Core.Drafting;
using Analyzer.Core.Proposals;
using Analyzer.Core.Rules;
using Spectre.Console;

namespace Analyzer.Cli.New;

/// <summary>
/// Puts each kind of question on the terminal with Spectre.Console and returns the answer, or null for "don't know"
/// (the field stays out of the file). Every question first prints its explanation; selections echo the answer
/// afterwards, because the list is cleared once chosen. All text from the catalogue or the user is escaped before
/// it reaches Spectre's markup, so a '[' in an answer is shown, never interpreted.
/// </summary>
internal sealed class Prompter(IAnsiConsole console, Language language)
{
    public string Say(LocalizedText text) => text.In(language);

    public void Banner()
    {
        console.MarkupLine($"[bold]{Markup.Escape(Say(DraftWords.Banner))}[/]");
        console.MarkupLine($"[grey]{Markup.Escape(Say(DraftWords.Welcome))}[/]");
    }

    public void Heading(DraftSection section)
    {
        console.WriteLine();
        console.Write(new Rule($"[bold]{Markup.Escape(section.Heading(language))}[/]").LeftJustified());
        console.MarkupLine($"[grey]{Markup.Escape(Say(section.Introduction))}[/]");
    }

    public void SubHeading(LocalizedText what, int number)
    {
        console.WriteLine();
        console.MarkupLine($"[bold]{Markup.Escape(Say(what))} {number.ToString(CultureInfo.InvariantCulture)}[/]");
    }

    /// <summary>Free text; empty is "don't know". <paramref name="check"/> returns a message for an answer it refuses.</summary>
    public string? Text(Question q, LocalizedText? hint = null, Func<string, LocalizedText?>? check = null) =>
        Typed(q, hint ?? DraftWords.TextHint, required: false, check);

    /// <summary>Free text that cannot be left out (the proposal's id and title).</summary>
    public string Required(Question q, Func<string, LocalizedText?>? check = null) => Typed(q, null, required: true, check)!;

    /// <summary>An id: well-formed, and not one of <paramref name="taken"/>.</summary>
    public string? Id(Question q, IReadOnlyCollection<string> taken, bool required)
    {
        LocalizedText? Check(string id) => AnswerChecks.Id(id, taken);
        return required ? Required(q, Check) : Text(q, check: Check);
    }

    public int? Year(Question q) =>
        Text(q, check: t => AnswerChecks.Year(t) is null ? DraftWords.NotAYear : null) is { } year ? AnswerChecks.Year(year) : null;

    public double? PositiveNumber(Question q) =>
        Text(q, check: t => AnswerChecks.PositiveNumber(t) is null ? DraftWords.NotPositive : null) is { } number
            ? AnswerChecks.PositiveNumber(number)
            : null;

    /// <summary>Entries separated by ';' (or '；'); empty is "don't know" and '-' states none, <c>[]</c>.</summary>
    public string[]? TextList(Question q) =>
        Text(q, DraftWords.ListHint) switch
        {
            null => null,
            "-" => [],
            var entries when AnswerChecks.Entries(entries) is { Length: > 0 } list => list,
            _ => null, // only separators: nothing was said
        };

    public bool? YesNo(Question q) =>
        Select(q, [Special(ChoiceKind.Value, DraftWords.Yes, "true"), Special(ChoiceKind.Value, DraftWords.No, "false")]).Value switch
        {
            "true" => true,
            "false" => false,
            _ => null,
        };

    /// <summary>One value of the question's enumeration.</summary>
    public string? Choice(Question q) => Select(q, q.Values.Select(v => new Choice(ChoiceKind.Value, v, v))).Value;

    /// <summary>Values of a closed enumeration; "none" states <c>[]</c>.</summary>
    public string[]? Choices(Question q) => Many(q, q.Values.Select(v => new Choice(ChoiceKind.Value, v, v)), other: false);

    /// <summary>The recognised entries of an open list, and any others typed after ticking "other".</summary>
    public string[]? OpenList(Question q) => Many(q, q.Values.Select(v => new Choice(ChoiceKind.Value, v, v)), other: true);

    /// <summary>One of the entities entered so far; nothing is asked when there is none to choose.</summary>
    public string? EntityRef(Question q, IReadOnlyList<Entity> candidates)
    {
        if (candidates.Count == 0)
        {
            NothingToChoose(q);
            return null;
        }
        return Select(q, candidates.Select(EntityChoice)).Value;
    }

    public string[]? EntityRefs(Question q, IReadOnlyList<Entity> candidates)
    {
        if (candidates.Count == 0)
        {
            NothingToChoose(q);
            return null;
        }
        return Many(q, candidates.Select(EntityChoice), other: false);
    }

    /// <summary>The first question of a repeated part: add one, state none, or don't know.</summary>
    public ChoiceKind Start(Question q, LocalizedText add, LocalizedText none) =>
        Select(q, [Special(ChoiceKind.Add, add), Special(ChoiceKind.None, none)]).Kind;

    /// <summary>After each entity or decision: add another, or done (the first choice, so Enter stops).</summary>
    public bool Another(LocalizedText another)
    {
        var title = Say(another) + (language == Language.Zh ? "？" : "?");
        var prompt = new SelectionPrompt<Choice> { Title = Markup.Escape(title), Converter = c => Markup.Escape(c.Label) };
        prompt.AddChoices([Special(ChoiceKind.Done, DraftWords.Done), Special(ChoiceKind.Add, another)]);
        var chosen = console.Prompt(prompt);
        Echo(title, chosen.Label);
        return chosen.Kind == ChoiceKind.Add;
    }

    private string? Typed(Question q, LocalizedText? hint, bool required, Func<string, LocalizedText?>? check, bool explain = true)
    {
        if (explain)
        {
            Explain(q);
        }
        var label = Markup.Escape(Say(q.Prompt)) + (hint is null ? "" : $" [grey]{Markup.Escape(InParentheses(Say(hint)))}[/]") + Colon;
        var prompt = new TextPrompt<string>(label) { AllowEmpty = true };
        prompt.Validator = typed =>
        {
            var answer = typed.Trim();
            var refusal = answer.Length == 0 ? (required ? DraftWords.Required : null) : check?.Invoke(answer);
            return refusal is null ? ValidationResult.Success() : ValidationResult.Error($"[red]{Markup.Escape(Say(refusal))}[/]");
        };
        var text = console.Prompt(prompt).Trim();
        return text.Length == 0 ? null : text;
    }

    private string Colon => language == Language.Zh ? "：" : ":";

    private string InParentheses(string text) => language == Language.Zh ? $"（{text}）" : $"({text})";

    private Choice Select(Question q, IEnumerable<Choice> values)
    {
        Explain(q);
        var title = Say(q.Prompt);
        var prompt = new SelectionPrompt<Choice> { Title = Markup.Escape(title), PageSize = 12, Converter = c => Markup.Escape(c.Label) };
        prompt.AddChoices([Special(ChoiceKind.DontKnow, DraftWords.DontKnow), .. values]);
        var chosen = console.Prompt(prompt);
        Echo(title, chosen.Label);
        return chosen;
    }

    /// <summary>
    /// Ticked values; nothing ticked, or "don't know", leaves the field out, and "none" states <c>[]</c>. Either of those
    /// with other answers is refused and asked again, rather than guessed at.
    /// </summary>
    private string[]? Many(Question q, IEnumerable<Choice> values, bool other)
    {
        Explain(q);
        var title = Say(q.Prompt);
        List<Choice> options = [Special(ChoiceKind.DontKnow, DraftWords.DontKnow), Special(ChoiceKind.None, DraftWords.NoneOfThem), .. values];
        if (other)
        {
            options.Add(Special(ChoiceKind.Other, DraftWords.Other));
        }
        while (true)
        {
            var prompt = new MultiSelectionPrompt<Choice>
            {
                Title = Markup.Escape(title),
                PageSize = 12,
                Required = false,
                InstructionsText = $"[grey]{Markup.Escape(Say(DraftWords.ChoiceInstructions))}[/]",
                Converter = c => Markup.Escape(c.Label),
            };
            prompt.AddChoices(options);
            var ticked = console.Prompt(prompt);
            Echo(title, ticked.Count == 0 ? Say(DraftWords.DontKnow) : string.Join(language == Language.Zh ? "、" : ", ", ticked.Select(c => c.Label)));
            if (ticked.Count > 1 && ticked.Any(c => c.Kind == ChoiceKind.DontKnow))
            {
                Refuse(DraftWords.DontKnowWithOthers);
                continue;
            }
            if (ticked.Count > 1 && ticked.Any(c => c.Kind == ChoiceKind.None))
            {
                Refuse(DraftWords.NoneWithOthers);
                continue;
            }
            if (ticked.Count == 0 || ticked[0].Kind == ChoiceKind.DontKnow)
            {
                return null;
            }
            if (ticked[0].Kind == ChoiceKind.None)
            {
                return [];
            }
            var chosen = ticked.Where(c => c.Kind == ChoiceKind.Value).Select(c => c.Value!);
            if (ticked.Any(c => c.Kind == ChoiceKind.Other)
                && Typed(q with { Prompt = DraftWords.OtherEntries }, DraftWords.OtherHint, required: false, check: null, explain: false) is { } typed)
            {
                chosen = chosen.Concat(AnswerChecks.Entries(typed));
            }
            string[] answer = [.. chosen.Distinct(StringComparer.Ordinal)];
            return answer.Length == 0 ? null : answer; // "other" ticked and nothing typed: nothing was said
        }
    }

    private void NothingToChoose(Question q)
    {
        Explain(q);
        console.MarkupLine($"{Markup.Escape(Say(q.Prompt))} [grey]{Markup.Escape(Say(DraftWords.NothingToChoose))}[/]");
    }

    private void Explain(Question q)
    {
        console.WriteLine();
        console.MarkupLine($"[grey]{Markup.Escape(Say(q.Explanation))}[/]");
    }

    private void Echo(string title, string answer) => console.MarkupLine($"{Markup.Escape(title)} → [blue]{Markup.Escape(answer)}[/]");

    private void Refuse(LocalizedText why) => console.MarkupLine($"[red]{Markup.Escape(Say(why))}[/]");

    private Choice Special(ChoiceKind kind, LocalizedText label, string? value = null) => new(kind, Say(label), value);

    private static Choice EntityChoice(Entity e) =>
        new(ChoiceKind.Value, e.Kind is null ? e.Id! : $"{e.Id} ({e.Kind})", e.Id);
}
