#!/usr/bin/env bash
# A real WordPress on the loopback for `npm run test:wordpress` (docs/embedding.md, "Proven in
# WordPress"). Debian's packages only, nothing by hand; run as root. Safe to run again.
#
#   WordPress   http://localhost/            Apache on 127.0.0.1:80, mod_php, Debian's wordpress
#   database    MariaDB on 127.0.0.1 only    database and user `nd_wordpress`
#   users       admin (Administrator), author (Author: no unfiltered_html), password in
#               /var/lib/network-directory-wordpress/password
#   widget host nd-widgets.test -> 127.0.0.1 (/etc/hosts); the test driver serves it on :8080,
#               and a must-use plugin tells WordPress this loopback name counts as public
#               (WordPress refuses oEmbed from private addresses before sending anything).
#
# Stop everything again with scripts/wordpress/stop.sh.
set -euo pipefail

if [ "$(id -u)" != 0 ]; then
  echo "setup.sh installs packages and starts services: run it as root." >&2
  exit 1
fi

STATE=/var/lib/network-directory-wordpress
WIDGET_HOST=nd-widgets.test
# The theme: WordPress shows nothing without one (Debian's default, as a new site gets it).
PACKAGES=(wordpress wordpress-theme-twentytwentythree mariadb-server apache2 libapache2-mod-php php-mysql)

missing=()
for p in "${PACKAGES[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

mkdir -p "$STATE"
[ -s "$STATE/password" ] || head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' > "$STATE/password"
PASSWORD=$(cat "$STATE/password")

# --- the loopback only ---------------------------------------------------------------
sed -i 's/^bind-address.*/bind-address            = 127.0.0.1/' /etc/mysql/mariadb.conf.d/50-server.cnf
grep -q '^bind-address *= *127.0.0.1' /etc/mysql/mariadb.conf.d/50-server.cnf
cat > /etc/apache2/ports.conf <<'CONF'
# network-directory's WordPress test: the loopback only (scripts/wordpress/setup.sh)
Listen 127.0.0.1:80
CONF
grep -q " $WIDGET_HOST\$" /etc/hosts || echo "127.0.0.1 $WIDGET_HOST" >> /etc/hosts

# --- database --------------------------------------------------------------------------
service mariadb start >/dev/null
mysql -u root <<SQL
CREATE DATABASE IF NOT EXISTS nd_wordpress CHARACTER SET utf8mb4;
CREATE USER IF NOT EXISTS 'nd_wordpress'@'localhost' IDENTIFIED BY '$PASSWORD';
ALTER USER 'nd_wordpress'@'localhost' IDENTIFIED BY '$PASSWORD';
GRANT ALL ON nd_wordpress.* TO 'nd_wordpress'@'localhost';
FLUSH PRIVILEGES;
SQL

# --- WordPress (Debian's layout: /etc/wordpress/config-<host>.php) ---------------------
cat > /etc/wordpress/config-localhost.php <<CONF
<?php
define('DB_NAME', 'nd_wordpress');
define('DB_USER', 'nd_wordpress');
define('DB_PASSWORD', '$PASSWORD');
define('DB_HOST', '127.0.0.1');
define('WP_CONTENT_DIR', '/var/lib/wordpress/wp-content');
define('WP_HOME', 'http://localhost');
define('WP_SITEURL', 'http://localhost');
define('WP_ALLOW_MULTISITE', false);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', false);
CONF
chgrp www-data /etc/wordpress/config-localhost.php
chmod 640 /etc/wordpress/config-localhost.php

mkdir -p /var/lib/wordpress/wp-content/mu-plugins /var/lib/wordpress/wp-content/themes
# Debian installs the theme under /usr/share; this site's content folder is /var/lib (README.Debian).
ln -sfn /usr/share/wordpress/wp-content/themes/twentytwentythree /var/lib/wordpress/wp-content/themes/twentytwentythree
cat > /var/lib/wordpress/wp-content/mu-plugins/network-directory-test-host.php <<'PHP'
<?php
/*
 * network-directory's WordPress test only: the widget host is a loopback name, which
 * WordPress would refuse as an oEmbed provider (wp_http_validate_url). A public https host
 * needs nothing of this.
 */
add_filter('http_request_host_is_external', function ($external, $host) {
	return $host === 'nd-widgets.test' ? true : $external;
}, 10, 2);
PHP

cat > /etc/apache2/sites-available/network-directory-wordpress.conf <<'CONF'
# network-directory's WordPress test (scripts/wordpress/setup.sh)
<VirtualHost 127.0.0.1:80>
  ServerName localhost
  DocumentRoot /usr/share/wordpress
  Alias /wp-content /var/lib/wordpress/wp-content
  <Directory /usr/share/wordpress>
    Options FollowSymLinks
    AllowOverride All
    Require all granted
  </Directory>
  <Directory /var/lib/wordpress/wp-content>
    Options FollowSymLinks
    Require all granted
  </Directory>
</VirtualHost>
CONF
a2dissite -q 000-default >/dev/null 2>&1 || true
a2ensite -q network-directory-wordpress >/dev/null
a2enmod -q rewrite >/dev/null
service apache2 restart >/dev/null 2>&1 || service apache2 start >/dev/null

# Install without a browser, and the two users, once.
php <<PHP
<?php
\$_SERVER['HTTP_HOST'] = 'localhost';
\$_SERVER['REQUEST_URI'] = '/';
define('WP_INSTALLING', true);
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
if (!is_blog_installed()) {
  wp_install('network-directory test', 'admin', 'admin@example.org', false, '', '$PASSWORD');
  echo "WordPress installed\n";
}
if (!get_user_by('login', 'author')) {
  wp_insert_user(['user_login' => 'author', 'user_pass' => '$PASSWORD', 'user_email' => 'author@example.org', 'role' => 'author']);
  echo "user author (Author) created\n";
}
\$author = get_user_by('login', 'author');
echo 'author may post unfiltered HTML: ' . (user_can(\$author, 'unfiltered_html') ? 'yes' : 'no') . "\n";
PHP

curl -fsS -o /dev/null http://127.0.0.1/wp-login.php -H 'Host: localhost'
echo "WordPress answers on http://localhost/ (127.0.0.1:80); MariaDB on 127.0.0.1."
