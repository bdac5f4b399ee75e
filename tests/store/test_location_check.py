"""Databases on network drives are refused; local paths pass. Mount tables are simulated."""

from __future__ import annotations

import os
import sys

import pytest

from jnprojects.store import location_check
from jnprojects.store.connection import StoreError
from jnprojects.store.location_check import (
    NETWORK_FSTYPES,
    check_local,
    is_network_path,
    is_unc,
    mount_of,
    read_mounts,
)


@pytest.mark.parametrize("path", [
    r"\\server\share\jnprojects.db",
    r"\\fileserver.local\办公室\重点项目\jnprojects.db",
    "//server/share/jnprojects.db",
    r"\\?\UNC\server\share\jnprojects.db",
    "//?/UNC/server/share/jnprojects.db",
])
def test_unc_paths_are_refused(path):
    assert is_unc(path)
    with pytest.raises(StoreError) as caught:
        check_local(path, mounts=[("/", "ext4")])
    assert caught.value.code == "network_path"
    assert caught.value.params == {"path": path}


@pytest.mark.parametrize("path", [
    r"C:\Users\wang\jnprojects.db", r"\\?\C:\very\long\path\jnprojects.db", r"\\.\PhysicalDrive0",
    "/home/wang/jnprojects.db", "relative/jnprojects.db", "/",
])
def test_local_looking_paths_are_not_unc(path):
    assert not is_unc(path)


@pytest.mark.parametrize("fstype", sorted(NETWORK_FSTYPES))
def test_every_network_file_system_type_is_refused(tmp_path, fstype):
    share = tmp_path / "share"
    mounts = [("/", "ext4"), (str(share), fstype)]
    with pytest.raises(StoreError) as caught:
        check_local(share / "jnprojects.db", mounts=mounts)
    assert caught.value.code == "network_path"
    assert caught.value.params["path"] == str(share / "jnprojects.db")


def test_longest_mount_point_wins(tmp_path):
    mounts = [("/", "ext4"), (f"{tmp_path}/nas", "nfs4"), (f"{tmp_path}/nas/local", "ext4"),
              (f"{tmp_path}/usb", "vfat")]
    assert is_network_path(tmp_path / "nas" / "a.db", mounts)
    assert is_network_path(tmp_path / "nas" / "deep" / "er" / "a.db", mounts)
    assert not is_network_path(tmp_path / "nas" / "local" / "a.db", mounts)
    assert not is_network_path(tmp_path / "nas2" / "a.db", mounts)  # not a path prefix
    assert not is_network_path(tmp_path / "usb" / "a.db", mounts)
    assert not is_network_path(tmp_path / "a.db", mounts)
    assert mount_of(f"{tmp_path}/nas/x", mounts) == (f"{tmp_path}/nas", "nfs4")


def test_a_file_system_mounted_over_another_hides_it(tmp_path):
    mounts = [("/", "ext4"), (str(tmp_path), "cifs"), (str(tmp_path), "ext4")]
    assert not is_network_path(tmp_path / "a.db", mounts)
    assert is_network_path(tmp_path / "a.db", list(reversed(mounts)))


def test_mount_table_file_can_be_injected(tmp_path, monkeypatch):
    share = tmp_path / "office share"
    fake = tmp_path / "mounts"
    escaped = str(share).replace(" ", "\\040")
    fake.write_text(
        "sysfs /sys sysfs rw,nosuid 0 0\n"
        "/dev/sda1 / ext4 rw,relatime 0 0\n"
        f"//nas/office {escaped} cifs rw,vers=3.0 0 0\n",
        encoding="utf-8",
    )
    assert (str(share), "cifs") in read_mounts(fake)
    monkeypatch.setattr(location_check, "MOUNTS_FILE", fake)
    with pytest.raises(StoreError):
        check_local(share / "jnprojects.db")
    check_local(tmp_path / "jnprojects.db")


@pytest.mark.skipif(os.name != "posix", reason="symlinks need privileges on Windows")
def test_a_symlink_into_a_network_mount_is_refused(tmp_path):
    share = tmp_path / "share"
    share.mkdir()
    link = tmp_path / "looks-local"
    link.symlink_to(share, target_is_directory=True)
    mounts = [("/", "ext4"), (str(share.resolve()), "smb3")]
    with pytest.raises(StoreError):
        check_local(link / "jnprojects.db", mounts=mounts)


def test_unreadable_mount_table_means_local(tmp_path):
    assert read_mounts(tmp_path / "missing") == []
    check_local(tmp_path / "a.db", mounts=[])


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads the real /proc/mounts")
def test_the_test_folder_itself_is_local(tmp_path):
    check_local(tmp_path / "jnprojects.db")
