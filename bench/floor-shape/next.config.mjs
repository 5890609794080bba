// Same production defaults as the site (compression on, no X-Powered-By), nothing else.
/** @type {import('next').NextConfig} */
export default {poweredByHeader: false, reactStrictMode: true};
