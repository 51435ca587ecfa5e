#!/bin/busybox sh
# SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
# SPDX-License-Identifier: MIT

# /init of the reader test's guest: load the modules, mount the host's root read-only (virtio-9p) and
# the writable results share, then chroot into the host's root and run the test's guest script with
# the host's own binaries. Powers off when the script ends, whatever happens.
/bin/busybox --install -s /bin
mount -t proc proc /proc
mount -t sysfs sys /sys
mount -t devtmpfs dev /dev
while read -r module; do
    insmod "/modules/$module" || echo "guest-init: could not load $module"
done < /modules/order

mount -t 9p -o trans=virtio,version=9p2000.L,cache=loose,ro hostroot /newroot || poweroff -f
mount -t 9p -o trans=virtio,version=9p2000.L,cache=none results /results || poweroff -f
# Scratch space on /run only: a tmpfs over /tmp would hide a build tree that lives under the host's /tmp.
mount -t tmpfs -o mode=755 run /newroot/run
mount -t proc proc /newroot/proc
mount -t sysfs sys /newroot/sys
mount -t devtmpfs dev /newroot/dev
mkdir -p /newroot/dev/pts /newroot/sys/kernel/config /newroot/run/vm /newroot/run/tmp
chmod 1777 /newroot/run/tmp
mount -t devpts devpts /newroot/dev/pts
mount -t configfs configfs /newroot/sys/kernel/config
mount --bind /results /newroot/run/vm
ip link set lo up 2>/dev/null || ifconfig lo 127.0.0.1 up

echo "guest-init: userspace up" > /results/booted
TMPDIR=/run/tmp chroot /newroot /bin/sh /run/vm/guest.sh > /results/guest.log 2>&1
echo "$?" > /results/guest-exit
sync
poweroff -f
