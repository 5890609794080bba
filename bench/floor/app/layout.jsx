// The framework's floor: the least an App Router page can be, built by the same Next.js as the site.
export default function RootLayout({children}) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
