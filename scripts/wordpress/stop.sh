#!/usr/bin/env bash
# Stops what scripts/wordpress/setup.sh started (the packages and data stay).
set -u
service apache2 stop >/dev/null 2>&1 && echo "apache2 stopped"
service mariadb stop >/dev/null 2>&1 && echo "mariadb stopped"
exit 0
