using System.Text;
using Analyzer.Core.Proposals;
using FsCheck;
using FsCheck.Fluent;

namespace Analyzer.Tests.Proposals;

/// <summary>
/// FsCheck generators of valid proposals: every field stated or not, enumerations from <see cref="Vocabulary"/>,
/// references that name entities of the same proposal, mandates only towards entities listed earlier (so no chain is
/// cyclic), and text that tries the syntax: YAML's own words (null, true, ~), indicators, control and bidi characters,
/// Chinese, emoji and arbitrary Unicode.
/// </summary>
internal static class ProposalGen
{
    private static readonly string[] Awkward =
    [
        "", " ", "null", "Null", "~", "true", "False", "yes", "no", "123", "-4.5e3", "0x1F", ".inf", "- item", "a: b", "#hash", "key:",
        "'single'", "\"double\"", "back\\slash", "[list]", "{map}", "*alias", "&anchor", "!tag", "!!str x", "%directive", "@at", "`tick`",
        "|", ">", "---", "...", "<<", "tab\there", "line\nbreak", "crlf\r\n", "\u0000nul", "\u001b[31mred", "\u0085nel", "\u2028ls",
        "\ufeffbom", "\u00a0nbsp", "\u202eevil\u202c", "\u2066isolate\u2069", "=1+2", "+cmd", "-2", "@SUM(A1)", "授权实体（选举）", "公众",
        "🎉 emoji", "e\u0301 combining", "ﬁ ligature", "trailing ", " leading",
    ];

    private static readonly string[] Words =
        ["parliament", "the public", "AI office", "national regulator", "member states", "OECD", "EU AI Act", "audits", "none"];

    // Leaf generators are built once: the default map finds them by reflection, too slowly to do it per value.
    private static readonly Gen<string> AnyString = ArbMap.Default.GeneratorFor<string>().Select(s => WholeRunes(s ?? ""));
    private static readonly Gen<int> AnyInt = ArbMap.Default.GeneratorFor<int>();
    private static readonly Gen<double> AnyDouble = ArbMap.Default.GeneratorFor<double>();

    /// <summary>Text of every kind; never a lone surrogate, which no UTF-8 file can hold.</summary>
    public static readonly Gen<string> Text = Gen.Frequency(
        (3, Gen.Elements(Words)),
        (3, Gen.Elements(Awkward)),
        (2, AnyString),
        (1, Gen.Choose(0, 4).SelectMany(n => Gen.ArrayOf(Gen.Elements(Awkward), n)).Select(parts => string.Concat(parts))));

    public static Gen<string> Id =>
        from first in Gen.Elements("abcdefghijklmnopqrstuvwxyz0123456789".ToCharArray())
        from rest in Gen.ArrayOf(Gen.Elements("abcdefghijklmnopqrstuvwxyz0123456789-".ToCharArray()))
        select first + new string([.. rest.Take(12)]);

    public static Gen<Proposal> Proposal =>
        from id in Id
        from title in Text.Select(t => string.IsNullOrWhiteSpace(t) ? "A title" : t)
        from entityIds in Gen.Choose(0, 7).SelectMany(n => Gen.ArrayOf(Id, n)).Select(Unique)
        from entities in Entities(entityIds)
        from decisions in Maybe(Decisions(entityIds))
        from issuer in Reference(entityIds)
        from head in Head
        from lists in Lists
        from instrument in Maybe(Instrument)
        from institution in Maybe(Institution)
        from cooperation in Maybe(Cooperation)
        from council in Maybe(Council)
        from negotiation in Maybe(Negotiation)
        from entitiesStated in Gen.Frequency((1, Gen.Constant(false)), (6, Gen.Constant(true)))
        select new Proposal
        {
            Format = head.Format,
            Id = id,
            Title = title,
            Summary = head.Summary,
            Year = head.Year,
            Sources = lists.Sources,
            Direction = head.Direction,
            Issuer = entitiesStated ? issuer : null,
            Entities = entitiesStated ? entities : null,
            Decisions = entitiesStated ? decisions : decisions?.Select(d => d with { By = null }).ToArray(),
            Instrument = instrument,
            Lifecycle = lists.Lifecycle,
            Modalities = lists.Modalities,
            Rationales = lists.Rationales,
            Beneficiaries = lists.Beneficiaries,
            Drafters = lists.Drafters,
            CostBearers = lists.CostBearers,
            IndustryFunded = head.IndustryFunded,
            Negotiation = negotiation,
            Council = council,
            DependsOnDominantFirms = head.DependsOnDominantFirms,
            Institution = institution,
            Cooperation = cooperation,
        };

    private static Gen<(string? Format, string? Summary, int? Year, string? Direction, bool? IndustryFunded, bool? DependsOnDominantFirms)> Head =>
        from format in Maybe(Gen.Constant(Vocabulary.FormatV1))
        from summary in Maybe(Text)
        from year in Maybe(AnyInt.Select(y => (int?)y))
        from direction in Maybe(Gen.Elements(Vocabulary.Directions))
        from funded in Maybe(Bool)
        from dominant in Maybe(Bool)
        select (format, summary, year, direction, funded, dominant);

    private static Gen<(string[]? Sources, string[]? Lifecycle, string[]? Modalities, string[]? Rationales, string[]? Beneficiaries, string[]? Drafters, string[]? CostBearers)> Lists =>
        from sources in Maybe(TextList)
        from lifecycle in Maybe(SubList(Vocabulary.Lifecycle))
        from modalities in Maybe(SubList(Vocabulary.Modalities))
        from rationales in Maybe(SubList(Vocabulary.Rationales))
        from beneficiaries in Maybe(TextList)
        from drafters in Maybe(TextList)
        from costBearers in Maybe(TextList)
        select (sources, lifecycle, modalities, rationales, beneficiaries, drafters, costBearers);

    private static Gen<Entity[]> Entities(string[] ids)
    {
        var entities = ids.Select((id, i) =>
            from kind in Maybe(Gen.Elements(Vocabulary.EntityKinds))
            from name in Maybe(Text)
            from authorizedBy in Reference(ids)
            from authorization in Maybe(Gen.Elements(Vocabulary.Authorizations))
            from mandatedBy in Maybe(SubList(ids[..i])) // only entities listed earlier: never a cycle
            from accountableTo in Maybe(SubList(ids))
            from revocableBy in Maybe(SubList(ids))
            from transparency in Maybe(Few(Gen.OneOf(Gen.Elements("public-reports", "audits", "none"), Text)))
            select new Entity
            {
                Id = id,
                Kind = kind,
                Name = name,
                AuthorizedBy = authorizedBy,
                Authorization = authorization,
                MandatedBy = mandatedBy,
                AccountableTo = accountableTo,
                RevocableBy = revocableBy,
                Transparency = transparency,
            });
        return Gen.CollectToArray(entities);
    }

    private static Gen<Decision[]> Decisions(string[] entityIds) =>
        from ids in Gen.Choose(0, 5).SelectMany(n => Gen.ArrayOf(Id, n)).Select(Unique)
        from decisions in Gen.CollectToArray(ids.Select(id =>
            from maker in Reference(entityIds)
            from level in Maybe(Gen.Elements(Vocabulary.DecisionLevels))
            from ai in Maybe(Gen.Elements(Vocabulary.AiRoles))
            select new Decision { Id = id, By = maker, Level = level, Ai = ai }))
        select decisions;

    private static Gen<Instrument> Instrument =>
        from kind in Maybe(Gen.Elements(Vocabulary.InstrumentKinds))
        from aiSpecific in Maybe(Bool)
        from binding in Maybe(Gen.Elements(Vocabulary.Bindings))
        from addressees in Maybe(Gen.Elements(Vocabulary.Addressees))
        from territory in Maybe(Gen.Elements(Vocabulary.Territories))
        from extraterritorial in Maybe(Bool)
        from enforcement in Maybe(Few(Gen.OneOf(Gen.Elements(Vocabulary.Mechanisms), Text)))
        from review in Maybe(PositiveNumber)
        from systemScope in Maybe(Gen.Elements(Vocabulary.SystemScopes))
        from gpai in Maybe(Bool)
        select new Instrument
        {
            Kind = kind,
            AiSpecific = aiSpecific,
            Binding = binding,
            Addressees = addressees,
            Territory = territory,
            Extraterritorial = extraterritorial,
            Enforcement = enforcement,
            ReviewCycleYears = review,
            SystemScope = systemScope,
            GpaiProviderObligations = gpai,
        };

    private static Gen<Institution> Institution =>
        from model in Maybe(Gen.Elements(Vocabulary.InstitutionModels))
        from functions in Maybe(SubList(Vocabulary.Functions))
        from membership in Maybe(Gen.Elements(Vocabulary.Memberships))
        from participants in Maybe(SubList(Vocabulary.Participants))
        from precedents in Maybe(TextList)
        from keys in Maybe(SubList(Vocabulary.Challenges))
        from answers in Gen.ArrayOf(Gen.OneOf(Gen.Constant("none"), Text), Vocabulary.Challenges.Length)
        select new Institution
        {
            Model = model,
            Functions = functions,
            Membership = membership,
            Participants = participants,
            Precedents = precedents,
            Challenges = keys?.Select((k, i) => (k, answers[i])).ToDictionary(e => e.k, e => e.Item2, StringComparer.Ordinal),
        };

    private static Gen<Cooperation> Cooperation =>
        from pathway in Maybe(Gen.Elements(Vocabulary.Pathways))
        from rival in Maybe(Bool)
        from rule in Maybe(Gen.Elements(Vocabulary.DecisionRules))
        from linked in Maybe(TextList)
        from coordination in Maybe(TextList)
        from capacity in Maybe(TextList)
        from experts in Maybe(TextList)
        from levels in Maybe(SubList(Vocabulary.Levels))
        from implementation in Maybe(Few(Gen.OneOf(Gen.Elements(Vocabulary.Mechanisms), Text)))
        from flexibility in Maybe(Few(Gen.OneOf(Gen.Elements([.. Vocabulary.RevisionMechanisms, "none"]), Text)))
        from south in Maybe(Bool)
        from gap in Maybe(Gen.OneOf(Gen.Constant("none"), Text))
        from overlaps in Maybe(TextList)
        from spillovers in Maybe(TextList)
        select new Cooperation
        {
            Pathway = pathway,
            RivalAgreementNeeded = rival,
            DecisionRule = rule,
            LinkedInstitutions = linked,
            Coordination = coordination,
            CapacityBuilding = capacity,
            ExpertBodies = experts,
            Levels = levels,
            Implementation = implementation,
            Flexibility = flexibility,
            GlobalSouthIncluded = south,
            GapAddressed = gap,
            OverlapsWith = overlaps,
            Spillovers = spillovers,
        };

    private static Gen<Council> Council =>
        from binding in Maybe(Bool)
        from independent in Maybe(Bool)
        from selection in Maybe(Text)
        from scope in Maybe(Gen.Elements(Vocabulary.CouncilScopes))
        select new Council { BindingAuthority = binding, Independent = independent, MemberSelection = selection, Scope = scope };

    private static Gen<Negotiation> Negotiation =>
        from transparent in Maybe(Bool)
        from participants in Maybe(TextList)
        select new Negotiation { Transparent = transparent, Participants = participants };

    private static Gen<bool?> Bool => Gen.Elements<bool?>(true, false);

    /// <summary>Review cycles: mostly everyday spans, sometimes any positive finite number (the reader must keep it exactly).</summary>
    private static Gen<double?> PositiveNumber => Gen.Frequency(
        (3, Gen.Choose(1, 40).Select(n => (double?)(n / 2.0))),
        (1, AnyDouble.Where(d => double.IsFinite(d) && d > 0).Select(d => (double?)d)),
        (1, Gen.Elements<double?>(double.Epsilon, double.MaxValue, 1e-7, 0.1, 1.0 / 3)));

    private static Gen<string[]> TextList => Few(Text);

    /// <summary>Zero to four items: enough for every case a rule distinguishes, and a run of hundreds stays quick.</summary>
    private static Gen<T[]> Few<T>(Gen<T> gen) => Gen.Choose(0, 4).SelectMany(n => Gen.ArrayOf(gen, n));

    private static Gen<string[]> SubList(string[] values) => Gen.SubListOf(values).Select(l => l.ToArray());

    /// <summary>An entity of the proposal, or not stated; with no entities, never anything else.</summary>
    private static Gen<string?> Reference(string[] ids) => ids.Length == 0 ? Gen.Constant<string?>(null) : Maybe(Gen.Elements(ids));

    /// <summary>Stated twice as often as not; not stated is null, which the writer leaves out.</summary>
    private static Gen<T?> Maybe<T>(Gen<T> gen) where T : class =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (2, gen.Select(v => (T?)v)));

    private static Gen<T?> Maybe<T>(Gen<T?> gen) where T : struct =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (2, gen));

    private static string[] Unique(IEnumerable<string> ids) => [.. ids.Select((id, i) => $"{id}-{i}")];

    private static string WholeRunes(string text)
    {
        var o = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsSurrogatePair(text, i))
            {
                o.Append(text, i++, 2);
            }
            else if (!char.IsSurrogate(text[i]))
            {
                o.Append(text[i]);
            }
        }
        return o.ToString();
    }
}
