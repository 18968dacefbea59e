using Analyzer.Core.Facts;
using Analyzer.Core.Rules;

namespace Analyzer.Core.Teaching;

/// <summary>
/// What each derived fact (<c>facts.X</c> in a rule) means, in English and Chinese, so that <c>analyzer explain</c>
/// can say in words what an expression reads. The meanings restate the documentation of <see cref="ProposalFacts"/>;
/// a test checks that every fact has one.
/// </summary>
public static class FactGlossary
{
    public static LocalizedText? Of(string fact) => Meanings.GetValueOrDefault(fact);

    public static IReadOnlyCollection<string> Facts => Meanings.Keys;

    private static LocalizedText T(string en, string zh) => new() { En = en, Zh = zh };

    private static readonly Dictionary<string, LocalizedText> Meanings = new(StringComparer.Ordinal)
    {
        [nameof(ProposalFacts.IssuerKind)] = T(
            "the class of the issuer, traced through the chain: public, authorized, mandated, private or ai-system.",
            "沿合法性链条追溯得到的发布者类别：public、authorized、mandated、private 或 ai-system。"),
        [nameof(ProposalFacts.EfMode)] = T(
            "the design's class in Erman and Furendal's framework: mode-1 to mode-5, outside-framework or an illegitimate class; "
            + "a design that both governs AI and uses it gets both classes, joined by '+'.",
            "该设计在 Erman 与 Furendal 框架中的类别：mode-1 至 mode-5、outside-framework 或某一不具合法性的类别；既治理AI又使用AI的设计同时得到两个类别，以“+”连接。"),
        [nameof(ProposalFacts.OutsideFramework)] = T(
            "why the design falls outside the five modes (advisory, private-issuer, public-issuer, ai-outside-mandate), when it does.",
            "该设计不属于五种模式时的原因（advisory、private-issuer、public-issuer、ai-outside-mandate）。"),
        [nameof(ProposalFacts.ClaimsPublicAuthority)] = T(
            "the issuer or a decision-maker is declared authorized or mandated: the design claims public authority.",
            "发布者或某一决策者被声明为授权实体或托管实体，即该设计主张公共权力。"),
        [nameof(ProposalFacts.DemocraticMinimum)] = T(
            "the design claims no public authority, or its issuer and every decision-maker trace back to a public.",
            "该设计不主张公共权力，或其发布者和每一决策者都能追溯至公众。"),
        [nameof(ProposalFacts.ChainComplete)] = T(
            "every entity declared authorized or mandated traces, through its stated links, to the class it declares.",
            "每个被声明为授权实体或托管实体的实体，都能通过其所述链接追溯到所声明的类别。"),
        [nameof(ProposalFacts.HasAuthorizedOrMandated)] = T(
            "some entity is declared authorized or mandated, or may be (its kind is not stated).",
            "至少有一个实体被声明为授权实体或托管实体，或可能如此（其类别未说明）。"),
        [nameof(ProposalFacts.HasMandated)] = T(
            "some entity traces as a mandated entity, or may (its class cannot be traced yet).",
            "至少有一个实体追溯为托管实体，或可能如此（其类别尚无法追溯）。"),
        [nameof(ProposalFacts.MandatesAccountable)] = T(
            "every mandated entity answers to an authorized entity of its own chain, directly or through a mandated body of that chain.",
            "每个托管实体都对本链条的授权实体负责，可直接负责，也可通过本链条的托管实体负责。"),
        [nameof(ProposalFacts.MandatesRevocable)] = T(
            "every mandated entity's mandate can be revoked by an authorized entity of its own chain, directly or through a mandated body of that chain.",
            "每个托管实体所获的托管都可由本链条的授权实体撤销，可直接撤销，也可通过本链条的托管实体撤销。"),
        [nameof(ProposalFacts.MandatesTransparent)] = T(
            "every mandated entity has at least one means of oversight.",
            "每个托管实体至少有一种受监督的途径。"),
        [nameof(ProposalFacts.UsesAi)] = T(
            "some decision uses AI: an AI system takes it, or supports or decides it.",
            "至少有一项决策使用AI：由AI系统作出，或由AI系统提供支持或直接决定。"),
        [nameof(ProposalFacts.DecisionsOutsourcedToAi)] = T(
            "an AI system takes a decision, or decides one at goal-setting, lawmaking or policy level.",
            "有AI系统作出决策，或在目标设定、立法或政策层面直接决定某项决策。"),
        [nameof(ProposalFacts.AuthorizedUsesAi)] = T(
            "an authorized entity uses AI in a decision it takes itself.",
            "授权实体在自身作出的决策中使用AI。"),
        [nameof(ProposalFacts.AiUseUnderMandate)] = T(
            "every use of AI is support in a decision of a mandated entity.",
            "每一处AI的使用都是在托管实体的决策中提供支持。"),
        [nameof(ProposalFacts.PrivateSoftLaw)] = T(
            "a private issuer adopts an instrument that is not binding and is addressed beyond the issuer.",
            "私人行为体发布不具约束力、且适用对象超出其自身的文书。"),
        [nameof(ProposalFacts.GoalsSetWithoutAuthorization)] = T(
            "a mandated, private or AI body sets the goals of AI development with no authorizing act of its own chain.",
            "托管实体、私人行为体或AI系统在本链条没有授权行为的情况下设定AI发展的目标。"),
        [nameof(ProposalFacts.International)] = T(
            "states act together, or the design applies worldwide.",
            "多国共同行动，或该设计适用于全球。"),
        [nameof(ProposalFacts.InstitutionModel)] = T(
            "Ho et al.'s institutional model, as stated in institution.model.",
            "institution.model 所述的 Ho 等人提出的制度模式。"),
        [nameof(ProposalFacts.ChainGaps)] = T(
            "the links that fail the class an entity declares.",
            "与实体所声明类别不符的链接。"),
        [nameof(ProposalFacts.UntracedAuthority)] = T(
            "the issuer and decision-makers whose authority does not reach a public.",
            "权力无法追溯至公众的发布者和决策者。"),
        [nameof(ProposalFacts.UnaccountableEntities)] = T(
            "the mandated entities that answer to no authorized entity of their chain.",
            "不对本链条任何授权实体负责的托管实体。"),
        [nameof(ProposalFacts.IrrevocableEntities)] = T(
            "the mandated entities whose mandate no authorized entity of their chain can revoke.",
            "本链条任何授权实体都无法撤销其托管的托管实体。"),
        [nameof(ProposalFacts.OpaqueEntities)] = T(
            "the mandated entities with no means of oversight.",
            "没有任何受监督途径的托管实体。"),
        [nameof(ProposalFacts.OutsourcedDecisions)] = T(
            "the decisions an AI system takes, or decides at goal-setting, lawmaking or policy level.",
            "由AI系统作出、或在目标设定、立法或政策层面由AI直接决定的决策。"),
        [nameof(ProposalFacts.AuthorizedAiDecisions)] = T(
            "the decisions in which an authorized entity itself uses AI.",
            "授权实体自身使用AI的决策。"),
        [nameof(ProposalFacts.UnmandatedAiDecisions)] = T(
            "the decisions that use AI other than as support to a mandated entity.",
            "以托管实体辅助工具以外的方式使用AI的决策。"),
        [nameof(ProposalFacts.UnauthorizedGoalSetting)] = T(
            "the goal-setting decisions taken without an authorizing act.",
            "未经授权行为而作出的目标设定决策。"),
    };
}
