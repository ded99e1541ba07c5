"""The moderators' look-ups as replies: `/facts list`, `/facts show`, `/facts search` and
`/facts audit`, in chat and on the command line.

The same text in both; in chat (`chat=True`) the reply is cut to fit one message (Discord's
embed takes 4,096 characters, a Slack section 3,000) and says how to see the rest.
"""

from __future__ import annotations

from datetime import UTC, datetime

from bot.audit import audit
from bot.browse import (
    FactFilter,
    FilterError,
    describe_fact,
    fact_line,
    fit,
    list_facts,
    one_line,
    search_facts,
    suggest_ids,
)
from bot.moderation import ModeratorCommands, refusal
from bot.replies import Reply, ReplyKind, Requester
from bot.unanswered import LimitError, parse_limit

__all__ = [
    "AUDIT_CHAT_LIMIT",
    "MESSAGE_BUDGET",
    "SEARCH_LIMIT",
    "facts_audit",
    "facts_list",
    "facts_search",
    "facts_show",
]

MESSAGE_BUDGET = 3500  # characters of a chat reply's text: under every platform's limit
SHOW_WIDTH = 300  # in chat, a shown fact's answer, quote and questions past this: an ellipsis
SEARCH_LIMIT = 8  # facts a search lists
AUDIT_CHAT_LIMIT = 5  # findings per audit check in chat (the command line shows all)
AUDIT_MAX_LIMIT = 1000
# What a look-up reads of the typed text: no filter, id or question is longer, and a chat
# line may be 100,000 characters of anything.
MAX_TYPED = 500


def _budget(chat: bool) -> int | None:
    return MESSAGE_BUDGET if chat else None


async def facts_list(
    service: ModeratorCommands, who: Requester, text: str, *, chat: bool = True
) -> Reply:
    """The facts matching a filter ("film:MI7 topic:release_date source:...")."""
    refused = refusal(who)
    if refused:
        return refused
    wanted = FactFilter.parse(text[:MAX_TYPED])
    try:
        facts = list_facts(service.engine, wanted)
    except FilterError as exc:
        return Reply(ReplyKind.ERROR, str(exc))
    what = f" ({wanted})" if str(wanted) else ""
    head = f"{len(facts)} fact{'s' if len(facts) != 1 else ''}{what} (`facts show ID` shows one):"
    if not facts:
        head = f"No facts match{what}."
    lines = [head, *(f"  {fact_line(f)}" for f in facts)]
    more = "narrow with film:, topic: or source:, or run `franchise-bot facts list`"
    return Reply(ReplyKind.INFO, fit(lines, _budget(chat), more), title="Facts")


async def facts_show(
    service: ModeratorCommands, who: Requester, text: str, *, chat: bool = True
) -> Reply:
    """One fact in full, by its id."""
    refused = refusal(who)
    if refused:
        return refused
    fact_id = text[:MAX_TYPED].strip()
    if not fact_id:
        return Reply(ReplyKind.ERROR, "Say which fact: `facts show ID` (ids are in `facts list`).")
    shown = describe_fact(service.engine, fact_id, SHOW_WIDTH if chat else None)
    if shown is None:
        close = suggest_ids(service.engine, fact_id)
        hint = f" Did you mean {', '.join(close)}?" if close else ""
        return Reply(
            ReplyKind.ERROR,
            f"No fact has the id {one_line(fact_id, 60)!r}.{hint} Find ids with `facts search "
            "TEXT` or `facts list`.",
        )
    return Reply(ReplyKind.INFO, fit(shown.splitlines(), _budget(chat), "see the fact file"))


async def facts_search(
    service: ModeratorCommands, who: Requester, text: str, *, chat: bool = True
) -> Reply:
    """The facts the engine matches for a text, best first, as a fan's question would."""
    refused = refusal(who)
    if refused:
        return refused
    if not text.strip():
        return Reply(ReplyKind.ERROR, "Say what to look for: `facts search TEXT`.")
    text = text[:MAX_TYPED]
    hits, verdict = search_facts(service.engine, text, SEARCH_LIMIT)
    if not hits:
        lines = [f"No fact matches {one_line(text, 60)!r}. {verdict}"]
    else:
        lines = [f"{verdict} Best matches, with the engine's score (0-1):"]
        lines.extend(f"  {score:.2f} {fact_line(fact)}" for score, fact in hits)
    more = "run `franchise-bot facts search` for all"
    return Reply(ReplyKind.INFO, fit(lines, _budget(chat), more), title="Search")


async def facts_audit(
    service: ModeratorCommands,
    who: Requester,
    text: str | int | None = None,
    *,
    chat: bool = True,
) -> Reply:
    """What deserves a moderator's look (bot/audit.py); `text` limits findings per check."""
    refused = refusal(who)
    if refused:
        return refused
    try:
        limit: int | None = parse_limit(
            text, default=AUDIT_CHAT_LIMIT if chat else 0, maximum=AUDIT_MAX_LIMIT
        )
    except LimitError as exc:
        return Reply(ReplyKind.ERROR, str(exc))
    report = audit(service.engine, datetime.now(UTC).date(), limit or None)
    more = "give a smaller limit, or run `franchise-bot facts audit`"
    return Reply(ReplyKind.INFO, fit(report.splitlines(), _budget(chat), more), title="Audit")
