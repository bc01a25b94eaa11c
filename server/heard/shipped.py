"""The prompts this release ships, against what the team runs.

`prompts/` seeds `default` version 1 once; after an upgrade the versions in Redis are what agents
get, so a release's new prompts (a mood, a line in the user template) reach nobody until an admin
makes a version of them. The admin page asks here whether any version of `default` already holds
the shipped bundle — imported as it was, by its digest, so a team that imported it and then edited
it is not asked again — and, if none does, what it would change against production.
"""

from __future__ import annotations

from importlib import metadata

from heard.bundle_diff import diff
from heard.publish import Publisher
from heard.refusal import Refused
from heard.tokens import DEFAULT_PROFILE
from heard.versions import PromptVersions, Version


def release() -> str:
    try:
        return metadata.version("heard")
    except metadata.PackageNotFoundError:  # run from a source tree that was never installed
        return "this release"


def imported(versions: PromptVersions) -> int | None:
    """The newest version of `default` whose bundle is the shipped one, if any."""
    digest = versions.files_bundle.digest
    return next((v.version for v in versions.list(DEFAULT_PROFILE) if v.digest == digest), None)


def status(versions: PromptVersions) -> dict:
    production = versions.resolve(DEFAULT_PROFILE)  # seeds version 1 on a new store
    number = imported(versions)
    changes = [] if number is not None else diff(production.bundle, versions.files_bundle)
    return {"release": release(), "digest": versions.files_bundle.digest,
            "imported": number, "production": production.version,
            "pending": number is None and bool(changes), "changes": changes}


def import_shipped(publisher: Publisher, actor: str, note: str = "") -> Version:
    """A new, unlabelled version of `default` holding the shipped bundle, its parent production:
    compared, evaluated and labelled like any other version before an agent gets it."""
    versions = publisher.versions
    number = imported(versions)
    if number is not None:
        raise Refused(409, "already_imported", f"Version {number} of {DEFAULT_PROFILE!r} already "
                      "holds the prompts this release ships; compare it with production on the "
                      "Versions tab and label it there.")
    return publisher.create(DEFAULT_PROFILE, versions.files_bundle, actor,
                            note or f"Prompts shipped with Heard {release()}.",
                            parent=versions.resolve(DEFAULT_PROFILE).version)
