// Same production defaults as the site (compression on, no X-Powered-By), nothing else.
/** @type {import('next').NextConfig} */
const nextConfig = {poweredByHeader: false, reactStrictMode: true};

export default nextConfig;
