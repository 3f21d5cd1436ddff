"""GATEWAY_REDIS_URL is the one Redis of quotas and watch coordination; GATEWAY_QUOTA_REDIS_URL
keeps working as its alias, and two different URLs are refused."""

from __future__ import annotations

import pytest

from gateway.settings import Settings, SettingsError

A, B = "redis://a:6379/0", "redis://b:6379/0"


@pytest.mark.parametrize(
    "env",
    [{"GATEWAY_REDIS_URL": A}, {"GATEWAY_QUOTA_REDIS_URL": A}, {"GATEWAY_REDIS_URL": A, "GATEWAY_QUOTA_REDIS_URL": A}],
)
def test_either_name_sets_the_one_redis_of_quota_and_watch(env):
    s = Settings.load(env)
    assert s.quota.redis_url == A and s.watch.redis_url == A


def test_no_redis_means_no_coordination():
    s = Settings.load({})
    assert s.quota.redis_url == "" and s.watch.redis_url == ""


def test_two_different_urls_are_refused_naming_both_variables():
    with pytest.raises(SettingsError) as err:
        Settings.load({"GATEWAY_REDIS_URL": A, "GATEWAY_QUOTA_REDIS_URL": B})
    assert "GATEWAY_REDIS_URL" in str(err.value) and "GATEWAY_QUOTA_REDIS_URL" in str(err.value)
    with pytest.raises(SettingsError):
        Settings.load({}, {"redis_url": A, "quota_redis_url": B})


def test_lease_and_key_settings_reach_their_sections():
    s = Settings.load({"GATEWAY_WATCH_LEASE_SECONDS": "2", "GATEWAY_WEBHOOK_KEY_SECRET_FILE": "/run/k",
                       "GATEWAY_WEBHOOK_KEY_TTL_SECONDS": "60"})
    assert s.watch.lease_seconds == 2.0
    assert s.webhooks.key_secret_file == "/run/k" and s.webhooks.key_ttl_seconds == 60.0


def test_watch_coordination_has_its_own_redis_timeout_longer_than_the_quotas():
    """The quota answers on the call path and fails fast; coordination is off it, and a timeout
    there costs the other replicas up to a lease."""
    s = Settings.load({"GATEWAY_REDIS_URL": A})
    assert (s.quota.redis_timeout_seconds, s.watch.redis_timeout_seconds) == (0.1, 1.0)
    s = Settings.load({"GATEWAY_REDIS_URL": A, "GATEWAY_WATCH_REDIS_TIMEOUT_SECONDS": "0.5",
                       "GATEWAY_QUOTA_REDIS_TIMEOUT_SECONDS": "0.2"})
    assert (s.quota.redis_timeout_seconds, s.watch.redis_timeout_seconds) == (0.2, 0.5)
