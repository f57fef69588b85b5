# The interpreter-guard triage app. dist/ is committed and self-contained apart from probot itself.
FROM node:24-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force
COPY app.yml ./
COPY dist ./dist
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
EXPOSE 3000
USER node
CMD ["npx", "probot", "run", "./dist/app.js"]
