"""The moderator: runs the ordered phases over a comment and returns a verdict."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from civility.domain import CATEGORIES, Category, Draft, Evidence, Verdict
from civility.errors import CivilityError
from civility.models.linear import LinearModel
from civility.models.store import load_model
from civility.policy.config import Policy, load_policy
from civility.policy.phases import checks, classifier, context, decide, rules, spam, words
from civility.policy.phases.base import Context, Phase

# Before the model scores a batch: each comment is checked and normalised.
PREPARE: list[Phase] = [
    checks.length,             # empty or over the policy's limit: refused outright
    checks.normalise,          # see through obfuscation, keep a map to the original text
]
# The order of moderation. Each phase reads the draft and may add scores, evidence and
# reasons; `decide.thresholds` turns them into the action.
PHASES: list[Phase] = [
    words.publisher_words,     # the publisher's banned (reject) and suspect (hold) words
    words.lexicon,             # profanity, slurs and sexual words
    words.propositions,        # sexual propositions without explicit words
    rules.threats,             # threats and calls for violence
    rules.hate,                # dehumanising and exclusionary statements about groups
    rules.insults,             # attacks aimed at a person
    spam.spam,                 # links with sales talk, contact details, repetition
    context.context,           # negation, counter-speech and reporting temper the model
    context.ideas,             # "a stupid argument" criticises an idea, not a person
    classifier.classifier,     # the trained model's scores and the words behind them
    decide.toxicity,           # overall toxicity is at least its worst part
    checks.premoderation,      # new readers or links, if the policy asks
    decide.thresholds,         # the policy's thresholds give the action
]


class Moderator:
    """Scores comments against a policy. Batch results equal one-at-a-time results."""

    def __init__(self, policy: Policy | None = None, model: LinearModel | None = None,
                 *, use_model: bool = True) -> None:
        self.policy = policy or load_policy()
        self.model = model if model is not None or not use_model else load_model()

    @classmethod
    def from_files(cls, policy: Path | None = None, model: Path | None = None) -> Moderator:
        return cls(load_policy(policy), load_model(model))

    @property
    def model_version(self) -> str:
        return self.model.version if self.model is not None else "rules-only"

    def moderate(self, text: str, *, author_published: int | None = None) -> Verdict:
        return self.moderate_many([text], author_published=author_published)[0]

    def moderate_many(self, texts: Sequence[str], *, author_published: int | None = None
                      ) -> list[Verdict]:
        """Moderate a batch; raises ``InputError`` for the first unusable text."""
        ctx = Context(self.policy, self.model, author_published)
        drafts = [Draft(text=t, model_version=self.model_version) for t in texts]
        for draft in drafts:
            for phase in PREPARE:
                phase(draft, ctx)
        if self.model is not None and drafts:
            probs = self.model.predict_proba([d.normalized for d in drafts])
            for draft, row in zip(drafts, probs, strict=True):
                draft.model_scores = {Category(name): float(p)
                                      for name, p in zip(self.model.labels, row, strict=True)}
        return [self._finish(d, ctx) for d in drafts]

    def try_moderate_many(self, texts: Sequence[str]) -> list[Verdict | CivilityError]:
        """Like ``moderate_many``, but a bad text yields its error instead of stopping."""
        try:
            return list(self.moderate_many(texts))
        except CivilityError:
            out: list[Verdict | CivilityError] = []
            for t in texts:
                try:
                    out.append(self.moderate(t))
                except CivilityError as exc:
                    out.append(exc)
            return out

    def _finish(self, draft: Draft, ctx: Context) -> Verdict:
        for phase in PHASES:
            phase(draft, ctx)
        scores = {c: round(draft.scores.get(c, 0.0), 4) for c in CATEGORIES}
        evidence: tuple[Evidence, ...] = tuple(draft.evidence)
        assert draft.final is not None
        return Verdict(draft.final, scores, tuple(draft.reasons), evidence,
                       self.model_version, self.policy.version)
