"""Admin actions on prompt versions, with their rules and their audit entries.

The publish gate lives here, not in a view, so the page, the JSON API and the shell obey the
same rules: production takes a version only if its last evaluation broke no invariant (a
version that was in production before may come back without one: that is a rollback), and,
with review on, only after an admin other than its author approved it.
"""

from __future__ import annotations

from heard.audit import AuditLog
from heard.prompts import PromptBundle
from heard.refusal import Refused
from heard.versions import LABELS, PromptVersions, Version, VersionNotFound

EVER_PRODUCTION = "heard:pv:ever-production"  # "<profile>@<n>" that production ever named


class Publisher:
    def __init__(self, versions: PromptVersions, audit: AuditLog,
                 require_review: bool = False) -> None:
        self.versions, self.audit, self.require_review = versions, audit, require_review

    def get(self, profile: str, version: int) -> Version:
        try:
            return self.versions.get(profile, version)
        except VersionNotFound as exc:
            raise Refused(404, "version_not_found", f"{exc} See the list with GET "
                          f"/v1/admin/prompts?profile={profile}.") from None

    def create(self, profile: str, bundle: PromptBundle, actor: str, note: str,
               parent: int | None = None) -> Version:
        if parent is not None:
            self.get(profile, parent)
        version = self.versions.create(profile, bundle, actor, note, parent=parent)
        self.audit.add(actor, "version.create", profile, version=version.version,
                       parent=parent, note=note, digest=version.digest)
        return version

    def restore(self, profile: str, version: int, actor: str, note: str = "") -> Version:
        self.get(profile, version)
        new = self.versions.restore(profile, version, actor,
                                    note or f"Restored version {version}.")
        self.audit.add(actor, "version.restore", profile, version=new.version,
                       restored_from=version)
        return new

    def approve(self, profile: str, version: int, actor: str) -> Version:
        target = self.get(profile, version)
        if target.author == actor:
            raise Refused(409, "own_version", "You wrote this version; another admin must "
                          "approve it.")
        approved = self.versions.approve(profile, version, actor)
        self.audit.add(actor, "version.approve", profile, version=version)
        return approved

    def move_label(self, profile: str, label: str, version: int, actor: str,
                   percent: int | None = None) -> dict:
        if label not in LABELS:
            raise Refused(404, "unknown_label", f"There is no label {label!r}; the labels are "
                          f"{', '.join(LABELS)}.")
        target = self.get(profile, version)
        if label == "production":
            self._gate(target)
        if percent is not None and label != "staging":
            raise Refused(400, "invalid_request", "`percent` applies to staging only: the "
                          "share of agents who get the staged version.")
        previous = self.versions.set_label(profile, label, version)
        if label == "production":
            self.versions.client.sadd(EVER_PRODUCTION, f"{profile}@{version}")
        if percent is not None:
            self.versions.set_rollout(profile, percent)
        self.audit.add(actor, "label.move", profile, label=label, version=version,
                       previous=previous, percent=percent)
        return {"profile": profile, "label": label, "version": version, "previous": previous,
                "percent": self.versions.labels(profile)["staging_percent"]
                if label == "staging" else None}

    def promote(self, profile: str, actor: str) -> dict:
        """Staging becomes production (through the gate) and the rollout ends."""
        staged = self.versions.label(profile, "staging")
        if staged is None:
            raise Refused(409, "nothing_staged", "No version is on staging for this profile; "
                          "move staging to a version first.")
        moved = self.move_label(profile, "production", staged, actor)
        self.clear_label(profile, "staging", actor)
        return moved

    def clear_label(self, profile: str, label: str, actor: str) -> dict:
        if label != "staging":
            raise Refused(409, "label_required", "Only `staging` can be cleared; production "
                          "always names a version (move it to roll back).")
        previous = self.versions.clear_label(profile, label)
        self.versions.set_rollout(profile, 0)
        self.audit.add(actor, "label.clear", profile, label=label, previous=previous)
        return {"profile": profile, "label": label, "version": None, "previous": previous}

    def _gate(self, target: Version) -> None:
        profile, n = target.profile, target.version
        if (profile, n) == ("default", 1) or self.versions.client.sismember(
                EVER_PRODUCTION, f"{profile}@{n}"):
            return  # the shipped bundle, or a rollback to a version that was live before
        if self.require_review and not [a for a in target.approvals if a != target.author]:
            raise Refused(409, "not_approved", f"Version {n} needs an approval from an admin "
                          "other than its author before it goes to production "
                          "(HEARD_REQUIRE_REVIEW is on).")
        result = self.versions.last_eval(profile, n)
        if result is None:
            raise Refused(409, "not_evaluated", f"Version {n} has not been evaluated; run the "
                          "evaluation (POST /v1/admin/eval or `heard eval --version "
                          f"{n}`) and publish it if it passes.")
        if not result.get("passed", False):
            failing = result.get("failing", [])
            raise Refused(409, "eval_failed", f"Version {n}'s last evaluation broke an "
                          f"invariant in {len(failing)} case(s); fix the prompt and save a "
                          "new version, or keep production where it is.", failing=failing)
