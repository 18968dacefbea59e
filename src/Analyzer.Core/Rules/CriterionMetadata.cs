using System.Text.RegularExpressions;

namespace Analyzer.Core.Rules;

/// <summary>Checks a rule's Properties and turns them into the metadata part of a <see cref="Criterion"/>.</summary>
internal static partial class CriterionMetadata
{
    private static readonly string[] EvidenceTags = ["DIG", "ABS", "SEC", "MEM", "INF"];

    /// <summary>Marks of our own sources: they belong in 'provenance', since a reader of a citation cannot look them up.</summary>
    private static readonly string[] InternalReferences = ["DIG-", "¶", "§", "criteria.md", "SEC:", "blog", "mirror"];

    public static Criterion Check(CriterionProperties p, IReadOnlyDictionary<string, PaperReference> papers, List<string> errors)
    {
        Text("title", p.Title, errors);
        Text("explanation", p.Explanation, errors);
        Text("remediation", p.Remediation, errors);
        Text("question", p.Question, errors);
        if (!Kebab.TryParse<Dimension>(p.Dimension, out var dimension))
        {
            errors.Add($"'dimension' must be one of {string.Join(", ", Kebab.All<Dimension>())}; found '{p.Dimension}'.");
        }
        if (!Kebab.TryParse<Necessity>(p.Necessity, out var necessity))
        {
            errors.Add($"'necessity' must be one of {string.Join(", ", Kebab.All<Necessity>())}; found '{p.Necessity}'.");
        }
        var classification = dimension == Dimension.Classification;
        if (classification && (p.Weight ?? 0) != 0)
        {
            errors.Add($"'weight' must be 0 for a classification; found '{p.Weight}'.");
        }
        if (!classification && p.Weight is not (>= 1 and <= CriterionCompiler.MaxWeight))
        {
            errors.Add($"'weight' must be from 1 to {CriterionCompiler.MaxWeight}; found '{p.Weight}'.");
        }
        if (classification && necessity == Necessity.Necessary)
        {
            errors.Add("a classification cannot be 'necessary'; it labels the proposal and is not scored.");
        }
        if (!classification && string.IsNullOrWhiteSpace(p.WeightReason?.En))
        {
            errors.Add("'weightReason' is required: one line on why the criterion weighs what it does.");
        }
        if (p.WeightReason is { Zh.Length: > 0 } reason)
        {
            errors.AddRange(ChineseStyle(reason.Zh).Select(problem => $"'weightReason' zh text {problem}"));
        }
        if (p.Paper is null || !papers.ContainsKey(p.Paper))
        {
            errors.Add($"'paper' must be a key of papers.json ({string.Join(", ", papers.Keys.Order(StringComparer.Ordinal))}); found '{p.Paper}'.");
        }
        if (string.IsNullOrWhiteSpace(p.Locator))
        {
            errors.Add("'locator' is required: where the paper makes the point, in its own terms (e.g. 'the legitimacy chain: revocation').");
        }
        else if (InternalReferences.FirstOrDefault(r => p.Locator.Contains(r, StringComparison.OrdinalIgnoreCase)) is { } internalReference)
        {
            errors.Add($"'locator' cites '{internalReference}', which a reader cannot look up; move it to 'provenance'.");
        }
        if (string.IsNullOrWhiteSpace(p.Provenance))
        {
            errors.Add("'provenance' is required: where the criterion was read (e.g. 'DIG-4 ¶3; abstract').");
        }
        if (p.Column is not null && (!classification || !ColumnName().IsMatch(p.Column)))
        {
            errors.Add($"'column' must be a snake_case summary column name, and only a classification fills one; found '{p.Column}'.");
        }
        if (p.TeachingPair is { } pair && (string.IsNullOrWhiteSpace(pair.Meets) || string.IsNullOrWhiteSpace(pair.Fails) || pair.Meets == pair.Fails))
        {
            errors.Add("'teachingPair' names two different example proposals by id: {\"meets\": \"...-a\", \"fails\": \"...-b\"}.");
        }
        if (p.Evidence is not { Length: > 0 } || p.Evidence.Any(e => !EvidenceTags.Contains(e)))
        {
            errors.Add($"'evidence' must list tags from {string.Join(", ", EvidenceTags)}.");
        }
        return new Criterion
        {
            Title = p.Title ?? new(),
            Explanation = p.Explanation ?? new(),
            Remediation = p.Remediation ?? new(),
            Question = p.Question ?? new(),
            Dimension = dimension,
            Weight = p.Weight ?? 0,
            WeightReason = p.WeightReason?.En ?? "",
            WeightReasonText = p.WeightReason ?? new(),
            Necessity = necessity,
            Paper = p.Paper ?? "",
            Locator = p.Locator ?? "",
            Provenance = p.Provenance ?? "",
            Evidence = p.Evidence ?? [],
            Column = p.Column,
            TeachingPair = p.TeachingPair,
        };
    }

    internal static void Text(string name, LocalizedText? text, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(text?.En) || string.IsNullOrWhiteSpace(text.Zh))
        {
            errors.Add($"'{name}' needs both 'en' and 'zh' text.");
            return;
        }
        errors.AddRange(ChineseStyle(text.Zh).Select(problem => $"'{name}' zh text {problem}"));
    }

    /// <summary>What is wrong with a Chinese text by the pack's house style: ASCII punctuation, or a term the digest does not use.</summary>
    public static IEnumerable<string> ChineseStyle(string zh)
    {
        // Field paths, enumeration values, ids and names such as ISO/IEC keep their ASCII inside a Chinese sentence.
        if (AsciiPunctuation().Match(Identifier().Replace(zh, "")) is { Success: true } m)
        {
            yield return $"has ASCII punctuation '{m.Value}' in a Chinese sentence; use full-width punctuation (，。：；（）？).";
        }
        foreach (var (avoid, use) in ZhTerms.Where(t => zh.Contains(t.Avoid, StringComparison.Ordinal)))
        {
            yield return $"uses '{avoid}'; the pack's term is '{use}'.";
        }
    }

    /// <summary>
    /// One term per concept, from the digest: terms that read as something else, or that the digest does not use.
    /// </summary>
    private static readonly (string Avoid, string Use)[] ZhTerms =
    [
        ("托管方", "下放权力的实体"), // reads as the mandated party, not the mandating one
        ("正当", "合法性"),
        ("私人主体", "私人行为体"),
        ("私营主体", "私人行为体"),
        ("制度复合体", "机制复合体"),
        ("体制复合体", "机制复合体"),
        ("授权机构", "授权实体"),
        ("授权主体", "授权实体"),
        ("托管机构", "托管实体"),
        ("受托实体", "托管实体"),
        ("委托实体", "托管实体"),
        ("前沿AI委员会", "前沿人工智能委员会"),
        ("跨国组织", "政府间组织"),
        ("算力", "计算资源"),
        ("行业自我治理", "行业自治"),
        ("治理层级", "治理层次"),
    ];

    [GeneratedRegex(@"[A-Za-z0-9](?:[A-Za-z0-9.\-_/]*[A-Za-z0-9])?", RegexOptions.CultureInvariant)]
    private static partial Regex Identifier();

    [GeneratedRegex("^[a-z][a-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex ColumnName();

    [GeneratedRegex(@"[,.:;()?!]", RegexOptions.CultureInvariant)]
    private static partial Regex AsciiPunctuation();
}
