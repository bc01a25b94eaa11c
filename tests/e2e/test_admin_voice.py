"""The Voice tab: the bundle as forms; saving makes a new version; errors sit by their field;
the Versions tab shows who changed what, word by word."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from .admin_ui import Admin
from .helpers import shot

pytestmark = pytest.mark.e2e


def save(admin: Admin, note: str) -> int:
    admin.voice_note.fill(note)
    admin.voice_save.click()
    text = admin.says("voice-msg", r"Saved as version \d+")
    return int(re.search(r"version (\d+)", text).group(1))


def principle(admin: Admin, pid: str):
    return admin.page.locator(f'[data-testid=principle][data-principle="{pid}"]')


def test_edit_the_voice_and_read_the_diff(admin_context, admin_server, artifacts):
    admin = Admin(admin_context, admin_server).open().sign_in()
    own = principle(admin, "own-it")
    expect(own).to_be_visible()
    own.get_by_label("What it asks for").fill(
        "Say what you will do next, in the first person, with a time.")
    principle(admin, "validate-feelings").get_by_label(re.compile("Enabled")).uncheck()
    admin.principle_add.click()
    new = admin.page.get_by_test_id("principle").last
    new.get_by_label(re.compile("^Id")).fill("name-the-product")
    new.get_by_label("Title").fill("Name the product")
    new.get_by_label("What it asks for").fill("Call the product by its name, not 'the item'.")
    admin.phrases_banned_en.fill("per my last email\nas previously stated")
    shot(admin.page, artifacts, "admin-voice")
    version = save(admin, "Own it with a time; ban two brush-offs; name the product")

    admin.tab("Versions")
    row = admin.page.get_by_test_id(f"version-{version}")
    expect(row).to_contain_text("Own it with a time")
    expect(row).to_contain_text("bootstrap")
    expect(row.get_by_test_id("last-eval")).to_have_text("not evaluated")
    admin.diff_from.select_option("1")
    admin.diff_to.select_option(str(version))
    admin.diff_show.click()
    expect(admin.diff_field("principles/own-it/description").locator("ins")).to_contain_text(
        "in the first person, with a time")
    expect(admin.diff_field("phrases/banned/en").locator("ins")).to_contain_text(
        "per my last email")
    expect(admin.diff_field("principles/name-the-product/title")).to_contain_text(
        "Name the product")
    shot(admin.page, artifacts, "admin-versions-diff")

    # The version reloads into the form as saved.
    admin.page.reload()
    admin.tab("Voice")
    admin.voice_version.select_option(str(version))
    expect(principle(admin, "name-the-product").get_by_label("Title")).to_have_value(
        "Name the product")
    expect(principle(admin, "validate-feelings").get_by_label(re.compile("Enabled"))) \
        .not_to_be_checked()
    expect(admin.phrases_banned_en).to_have_value("per my last email\nas previously stated")


def test_a_refused_field_is_named_beside_it(admin_context, admin_server, artifacts):
    admin = Admin(admin_context, admin_server).open().sign_in()
    admin.voice_save.click()  # no note
    expect(admin.voice_note).to_have_attribute("aria-invalid", "true")
    title = principle(admin, "acknowledge-emotion").get_by_label("Title")
    title.fill("")
    admin.voice_note.fill("An empty title")
    admin.voice_save.click()
    expect(title).to_have_attribute("aria-invalid", "true")
    error = principle(admin, "acknowledge-emotion").get_by_test_id("field-error")
    expect(error).to_contain_text("at least 1 character")
    expect(admin.voice_msg).to_contain_text("principles.0.title")
    shot(admin.page, artifacts, "admin-voice-field-error")


def test_the_form_waits_until_the_version_fills_it(admin_context, admin_server):
    """Typing before the version arrives would be wiped by it, and a Save then would send an
    empty bundle whose errors the late fill cleared: the form is usable once it is filled."""
    admin = Admin(admin_context, admin_server).open()
    held = admin.hold("GET", r"/v1/admin/prompts/\d+")
    admin.sign_in()
    held.wait_held()
    expect(admin.voice_brand).to_be_disabled()
    expect(admin.voice_save).to_be_disabled()
    held.release()
    expect(principle(admin, "own-it")).to_be_visible()
    expect(admin.voice_brand).to_be_enabled()
    admin.voice_save.click()  # no note
    expect(admin.voice_note).to_have_attribute("aria-invalid", "true")


def test_a_version_picked_while_saving_stays_picked(admin_context, admin_server):
    """The save's answer arriving after the admin picked another version leaves the picker
    and the form on the one they picked."""
    admin = Admin(admin_context, admin_server).open().sign_in()
    expect(admin.voice_brand).to_be_enabled()
    admin.voice_brand.fill("Saved while the admin looks elsewhere.")
    admin.voice_note.fill("Picked away during the save")
    saving = admin.hold("POST", r"/v1/admin/prompts$")
    admin.voice_save.click()
    saving.wait_held()
    loading = admin.hold("GET", r"/v1/admin/prompts/1\?")
    admin.voice_version.select_option("1")
    loading.wait_held()
    saving.release()
    admin.says("voice-msg", r"Saved as version \d+")
    expect(admin.voice_save).to_be_disabled()  # v1 has not filled the form yet
    loading.release()
    expect(admin.voice_version).to_have_value("1")
    expect(admin.voice_brand).not_to_have_value("Saved while the admin looks elsewhere.")
    expect(admin.voice_save).to_be_enabled()

